package dev.paperboy.site;

import java.util.Objects;

/** How many papers of something appeared in one month: {@code label} "May 2024", {@code iso} "2024-05". */
public record MonthCount(String label, String iso, int papers) {
    public MonthCount {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(iso, "iso");
    }
}
