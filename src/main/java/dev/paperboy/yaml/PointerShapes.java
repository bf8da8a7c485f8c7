package dev.paperboy.yaml;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shapes of a site's documents: the sorted list of each set of JSON pointers, one shared copy for every
 * document with that set, found by the set, so that a document of a known shape (nearly every one) costs a look-up
 * instead of a sort of its pointers. Past its capacity, or for a long list, it sorts and shares nothing.
 * Thread-safe.
 */
final class PointerShapes {
    /** Longer lists are rare and would stay among the shared shapes after their file is gone. */
    private static final int MAX_SHARED_POINTERS = 64;

    private final Map<Set<String>, List<String>> sorted = new ConcurrentHashMap<>();
    private final int capacity;

    PointerShapes(int capacity) {
        this.capacity = capacity;
    }

    /** {@code pointers} in sorted order. */
    List<String> sorted(Set<String> pointers) {
        List<String> known = sorted.get(pointers);
        if (known != null) {
            return known;
        }
        List<String> list = sortedCopy(pointers);
        if (pointers.size() > MAX_SHARED_POINTERS || sorted.size() >= capacity) {
            return list;
        }
        known = sorted.putIfAbsent(Set.copyOf(pointers), list);
        return known == null ? list : known;
    }

    static List<String> sortedCopy(Set<String> pointers) {
        String[] array = pointers.toArray(new String[0]);
        Arrays.sort(array);
        return List.of(array);
    }
}
