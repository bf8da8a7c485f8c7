package dev.paperboy.site;

import dev.paperboy.config.ThemeDef;
import dev.paperboy.content.Paper;
import java.util.List;

/** The papers of one digest under one theme, in listing order; {@code theme} is null for the no-theme group. */
public record ThemedPapers(ThemeDef theme, List<Paper> papers) {
    public ThemedPapers {
        papers = List.copyOf(papers);
    }
}
