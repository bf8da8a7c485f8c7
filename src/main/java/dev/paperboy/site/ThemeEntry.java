package dev.paperboy.site;

import dev.paperboy.config.ThemeDef;
import java.util.List;
import java.util.Objects;

/** A theme with its published papers, newest first digest first, then in that digest's reading order. */
public record ThemeEntry(ThemeDef theme, List<PaperEntry> papers) {
    public ThemeEntry {
        Objects.requireNonNull(theme, "theme");
        papers = List.copyOf(papers);
    }
}
