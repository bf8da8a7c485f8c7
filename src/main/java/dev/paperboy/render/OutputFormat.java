package dev.paperboy.render;

import dev.paperboy.site.SitePaths;
import java.util.List;
import java.util.Objects;

/**
 * A kind of output file: the template that renders it, its media type, whether it is a page (listed in the
 * sitemap), a feed, or another file, and whether its links must be absolute (404.html is served at any URL, and
 * feed readers show items away from the feed, so relative links would break). Formats are data: adding a feed flavour is one more constant in a list.
 */
public record OutputFormat(String name, String template, String mediaType, Kind kind, boolean absoluteLinks) {
    public enum Kind { PAGE, FEED, OTHER }

    public static final OutputFormat HOME = page("home");
    public static final OutputFormat DIGEST = page("digest");
    public static final OutputFormat PAPER = page("paper");
    public static final OutputFormat THEME = page("theme");
    public static final OutputFormat THEMES = page("themes");
    public static final OutputFormat ARCHIVE = page("archive");
    /** A digest's email edition: read in a mail client, away from the site, so every link is absolute. */
    public static final OutputFormat EMAIL = new OutputFormat("email", "email.ftlh", "text/html", Kind.OTHER, true);
    public static final OutputFormat EMAIL_TEXT = new OutputFormat("email text", "email-text.ftl", "text/plain",
            Kind.OTHER, true);
    public static final OutputFormat NOT_FOUND = new OutputFormat("404", "404.ftlh", "text/html", Kind.OTHER,
            true);
    /** Where the search box leads without JavaScript: not a page worth a place in the sitemap. */
    public static final OutputFormat SEARCH = new OutputFormat("search", "search.ftlh", "text/html", Kind.OTHER,
            false);
    public static final OutputFormat SEARCH_INDEX = new OutputFormat("search index", "search-index.ftl",
            "text/javascript", Kind.OTHER, false);
    public static final OutputFormat SEARCH_SHARD = new OutputFormat("search index shard", "search-papers.ftl",
            "text/javascript", Kind.OTHER, false);
    public static final OutputFormat RSS = new OutputFormat("RSS", "rss.ftlx", "application/rss+xml", Kind.FEED,
            true);
    public static final OutputFormat ATOM = new OutputFormat("Atom", "atom.ftlx", "application/atom+xml", Kind.FEED,
            true);
    public static final OutputFormat JSON_FEED = new OutputFormat("JSON Feed", "jsonfeed.ftl",
            "application/feed+json", Kind.FEED, true);
    public static final OutputFormat OPML = new OutputFormat("OPML", "opml.ftlx", "text/x-opml", Kind.OTHER,
            false);
    /** Plain text: its template prints entries that are escaped for BibTeX when they are made. */
    public static final OutputFormat BIBTEX = new OutputFormat("BibTeX", "bib.ftl", "application/x-bibtex",
            Kind.OTHER, false);
    public static final OutputFormat SITEMAP = new OutputFormat("sitemap", "sitemap.ftlx", "application/xml",
            Kind.OTHER, false);
    public static final OutputFormat ROBOTS = new OutputFormat("robots", "robots.ftl", "text/plain", Kind.OTHER,
            false);

    public OutputFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(kind, "kind");
    }

    private static OutputFormat page(String name) {
        return new OutputFormat(name, name + ".ftlh", "text/html", Kind.PAGE, false);
    }

    /** A feed file and its format. */
    public record FeedOutput(String path, OutputFormat format) {
        public FeedOutput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(format, "format");
        }

        /** The feed's title, the same in the feed and in links to it: one flavour told from another in a list. */
        public String title(String siteTitle) {
            return siteTitle + " (" + format.name() + ")";
        }
    }

    /** The site-wide paper feed, offered in each of these flavours (and advertised on every page). */
    public static final List<FeedOutput> MAIN_FEEDS = List.of(
            new FeedOutput(SitePaths.FEED, RSS),
            new FeedOutput(SitePaths.ATOM, ATOM),
            new FeedOutput(SitePaths.JSON_FEED, JSON_FEED));
}
