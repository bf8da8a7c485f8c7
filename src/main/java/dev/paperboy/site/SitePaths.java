package dev.paperboy.site;

import java.time.LocalDate;

/**
 * Where every output file lives, as a path relative to the output folder with forward slashes. Pages are
 * {@code <folder>/index.html} so they get pretty URLs; links to them are made by the render stage's URL helper.
 */
public final class SitePaths {
    public static final String HOME = "index.html";
    public static final String ARCHIVE = "archive/index.html";
    public static final String THEMES = "themes/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    public static final String ATOM = "atom.xml";
    public static final String JSON_FEED = "feed.json";
    /** Every feed of the site in one OPML outline, for subscribing to all at once. */
    public static final String OPML = "feeds.opml";
    public static final String DIGESTS_FEED = "digests.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String SEARCH = "search/index.html";
    public static final String SEARCH_INDEX = "search/index.js";

    private SitePaths() {
    }

    public static String paper(String slug) {
        return "papers/" + slug + "/index.html";
    }

    /** A paper's BibTeX entry, beside its page and named after it, so a download keeps a telling name. */
    public static String paperBib(String slug) {
        return "papers/" + slug + "/" + slug + ".bib";
    }

    /** The BibTeX entries of every paper of a digest. */
    public static String digestBib(LocalDate date) {
        return "digests/" + date + "/" + date + ".bib";
    }

    /** The BibTeX entries of every paper of a theme. */
    public static String themeBib(String slug) {
        return "themes/" + slug + "/" + slug + ".bib";
    }

    public static String digest(LocalDate date) {
        return "digests/" + date + "/index.html";
    }

    /** Page 1 is the theme's own folder, so its URL never changes when the theme grows; later pages are below. */
    public static String theme(String slug, int page) {
        return page == 1 ? "themes/" + slug + "/index.html" : "themes/" + slug + "/page/" + page + "/index.html";
    }

    /** The {@code shard}th part of the search index, counted from 0. */
    public static String searchShard(int shard) {
        return "search/papers-" + shard + ".js";
    }

    /** The HTML email edition of the digest of {@code date}. */
    public static String email(LocalDate date) {
        return "email/" + date + ".html";
    }

    /** The plain-text email edition of the digest of {@code date}. */
    public static String emailText(LocalDate date) {
        return "email/" + date + ".txt";
    }

    public static String themeFeed(String slug) {
        return "themes/" + slug + "/feed.xml";
    }
}
