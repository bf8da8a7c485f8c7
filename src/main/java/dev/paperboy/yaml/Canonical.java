package dev.paperboy.yaml;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each of a bounded number of equal strings, so that values repeated in every content file
 * (such as the JSON pointers of front-matter fields) are held once, not once per file. Past its capacity it
 * returns strings as given. Thread-safe.
 */
final class Canonical {
    private final Map<String, String> copies = new ConcurrentHashMap<>();
    private final int capacity;

    Canonical(int capacity) {
        this.capacity = capacity;
    }

    String of(String value) {
        String known = copies.get(value);
        if (known != null) {
            return known;
        }
        if (copies.size() >= capacity) {
            return value;
        }
        known = copies.putIfAbsent(value, value);
        return known == null ? value : known;
    }
}
