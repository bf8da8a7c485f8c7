package dev.paperboy.content;

import java.util.List;

/**
 * Chooses the themes of a paper that import is creating. Called for new papers only: once a paper exists its
 * {@code themes} belong to the curator. What it returns is also kept in {@code imported.themes}.
 */
@FunctionalInterface
public interface ThemeAssigner {
    /** Assigns no themes; the default until theme assignment is wired in. */
    ThemeAssigner NONE = (title, abstractText) -> List.of();

    /** Theme slugs from the site's taxonomy, best first. */
    List<String> assign(String title, String abstractText);
}
