package dev.paperboy.site;

import java.util.List;

/** The months of one year that have digests, newest first. */
public record ArchiveYear(int year, int digestCount, int paperCount, List<ArchiveMonth> months) {
    public ArchiveYear {
        months = List.copyOf(months);
    }
}
