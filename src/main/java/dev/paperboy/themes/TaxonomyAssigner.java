package dev.paperboy.themes;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.content.ThemeAssigner;
import java.util.List;

/** Assigns themes from the site's taxonomy by keyword matching, at most {@code max_themes_per_paper}, best first. */
public final class TaxonomyAssigner implements ThemeAssigner {
    private final ThemeMatcher matcher;

    private TaxonomyAssigner(ThemeMatcher matcher) {
        this.matcher = matcher;
    }

    /** {@link ThemeAssigner#NONE} when the site declares no themes or allows none per paper. */
    public static ThemeAssigner of(SiteConfig config) {
        if (config.themes().isEmpty() || config.maxThemesPerPaper() == 0) {
            return ThemeAssigner.NONE;
        }
        return new TaxonomyAssigner(new ThemeMatcher(config.themes(), config.maxThemesPerPaper(),
                ThemeMatcher.DEFAULT_MIN_SCORE));
    }

    @Override
    public List<String> assign(String title, String abstractText) {
        return matcher.match(title, abstractText).stream().map(ThemeScore::themeSlug).toList();
    }
}
