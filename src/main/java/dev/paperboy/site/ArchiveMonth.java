package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/** The digests of one month, newest first; {@code name} "May", {@code iso} "2024-05" (an anchor id). */
public record ArchiveMonth(String name, String iso, int paperCount, List<DigestLink> digests) {
    public ArchiveMonth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iso, "iso");
        digests = List.copyOf(digests);
    }
}
