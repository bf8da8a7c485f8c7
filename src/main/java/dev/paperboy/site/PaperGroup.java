package dev.paperboy.site;

import java.util.List;

/** Papers shown under one theme heading; {@code theme} is null for the final no-theme group. */
public record PaperGroup(ThemeLink theme, List<PaperCard> papers) {
    public PaperGroup {
        papers = List.copyOf(papers);
    }
}
