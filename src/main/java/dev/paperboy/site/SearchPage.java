package dev.paperboy.site;

import java.util.List;

/** The search page: where the search box leads without JavaScript, and the full list of results with it. */
public record SearchPage(List<ThemeLink> themes, int paperCount) implements PageView {
    public SearchPage {
        themes = List.copyOf(themes);
    }
}
