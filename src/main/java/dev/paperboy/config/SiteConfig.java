package dev.paperboy.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's settings from content/site.yaml. Every key is documented in docs/manual.md; {@link SiteConfigLoader}
 * holds the defaults.
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timeZone,
        String curator,
        int homeDigests,
        int feedItems,
        int digestFeedItems,
        int themeFeedItems,
        int themePageSize,
        int maxThemesPerPaper,
        int relatedPapers,
        double relatedThreshold,
        List<ThemeDef> themes) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        curator = curator == null ? "" : curator;
        themes = List.copyOf(themes);
    }

    public Optional<ThemeDef> theme(String slug) {
        return themes.stream().filter(theme -> theme.slug().equals(slug)).findFirst();
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, language, timeZone, curator, homeDigests, feedItems,
                digestFeedItems, themeFeedItems, themePageSize, maxThemesPerPaper, relatedPapers, relatedThreshold,
                themes);
    }
}
