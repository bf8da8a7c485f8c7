package dev.paperboy.render;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.site.SitePaths;
import java.util.List;
import java.util.Objects;

/**
 * What every template knows of the site ({@code site} in templates); {@code links} are the output paths of the
 * site-wide pages, for {@code url.rel(site.links.archive)}.
 */
public record SiteInfo(String title, String description, String language, String curator, List<FeedLink> feeds,
        SiteLinks links) {
    /** Output paths of the pages every page may link to. */
    public record SiteLinks(String home, String archive, String themes, String feed, String atom, String jsonFeed,
            String digestsFeed, String opml, String sitemap, String search, String searchIndex) {
        static final SiteLinks DEFAULT = new SiteLinks(SitePaths.HOME, SitePaths.ARCHIVE, SitePaths.THEMES,
                SitePaths.FEED, SitePaths.ATOM, SitePaths.JSON_FEED, SitePaths.DIGESTS_FEED, SitePaths.OPML,
                SitePaths.SITEMAP, SitePaths.SEARCH, SitePaths.SEARCH_INDEX);
    }

    public SiteInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(curator, "curator");
        feeds = List.copyOf(feeds);
        Objects.requireNonNull(links, "links");
    }

    public static SiteInfo of(SiteConfig config) {
        List<FeedLink> feeds = OutputFormat.MAIN_FEEDS.stream()
                .map(feed -> new FeedLink(feed.title(config.title()), feed.path(),
                        feed.format().mediaType()))
                .toList();
        return new SiteInfo(config.title(), config.description(), config.language(), config.curator(), feeds,
                SiteLinks.DEFAULT);
    }
}
