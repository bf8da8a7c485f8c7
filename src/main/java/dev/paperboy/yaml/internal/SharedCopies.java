package dev.paperboy.yaml.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each of a bounded number of equal values, so that values repeated in every content file
 * (such as the JSON pointers of front-matter fields, or authors' names) are held once, not once per file. Past its
 * capacity it returns values as given. Thread-safe.
 */
public final class SharedCopies<T> {
    private final Map<T, T> copies = new ConcurrentHashMap<>();
    private final int capacity;

    public SharedCopies(int capacity) {
        this.capacity = capacity;
    }

    public T of(T value) {
        T known = copies.get(value);
        if (known != null) {
            return known;
        }
        if (copies.size() >= capacity) {
            return value;
        }
        known = copies.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /** {@code values} with each replaced by its shared copy; an empty list as it is. */
    public List<T> ofEach(List<T> values) {
        return values.isEmpty() ? values : values.stream().map(this::of).toList();
    }
}
