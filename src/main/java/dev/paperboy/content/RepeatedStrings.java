package dev.paperboy.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each string that many papers repeat, such as an author's name or a theme's slug, where each paper's
 * file would otherwise give it a copy of its own for as long as the site is held: at 100,000 papers with twenty
 * authors each, two million names. Safe to share between the threads that read papers; it keeps every string it
 * is given, as many as there are distinct names and themes in the site.
 */
final class RepeatedStrings {
    private final Map<String, String> copies = new ConcurrentHashMap<>();

    /** {@code values} with each string replaced by the copy this table keeps of it. */
    List<String> shared(List<String> values) {
        if (values.isEmpty()) {
            return values;
        }
        String[] shared = new String[values.size()];
        for (int i = 0; i < shared.length; i++) {
            String value = values.get(i);
            String kept = copies.putIfAbsent(value, value);
            shared[i] = kept == null ? value : kept;
        }
        return List.of(shared);
    }
}
