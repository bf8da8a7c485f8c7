package dev.paperboy.site;

import java.util.List;

/** View of themes.ftlh: every theme in taxonomy order, and how many published papers have no theme. */
public record ThemesPage(List<ThemeSummary> themes, int unthemedCount) implements PageView {
    public ThemesPage {
        themes = List.copyOf(themes);
    }
}
