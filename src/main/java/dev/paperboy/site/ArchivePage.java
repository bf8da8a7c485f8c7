package dev.paperboy.site;

import java.util.List;

/** View of archive.ftlh: every published digest by year and month, newest first. */
public record ArchivePage(List<ArchiveYear> years, int digestCount, int paperCount) implements PageView {
    public ArchivePage {
        years = List.copyOf(years);
    }
}
