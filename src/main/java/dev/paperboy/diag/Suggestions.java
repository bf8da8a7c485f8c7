package dev.paperboy.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;

/** "Did you mean" hints for misspelt names: the closest known name within two edits, else the whole list. */
public final class Suggestions {
    private static final int MAX_EDITS = 2;

    private Suggestions() {
    }

    public static String hint(String given, Collection<String> known) {
        return closest(given, known)
                .map(name -> "did you mean \"" + name + "\"?")
                .orElse("known: " + String.join(", ", new TreeSet<>(known)));
    }

    static Optional<String> closest(String given, Collection<String> known) {
        return known.stream()
                .filter(name -> editDistance(given, name) <= MAX_EDITS)
                .min(Comparator.comparingInt((String name) -> editDistance(given, name))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance; names are short, so the plain two-row algorithm is plenty. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
