package dev.paperboy.themes;

import java.util.Objects;

/**
 * One theme assigned to a paper.
 *
 * @param themeSlug the theme's slug
 * @param score     the weighted keyword hits that earned it (see {@link ThemeMatcher})
 */
public record ThemeScore(String themeSlug, double score) {
    public ThemeScore {
        Objects.requireNonNull(themeSlug, "themeSlug");
        if (!(score > 0) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("score must be positive and finite: " + score);
        }
    }
}
