package dev.paperboy.render;

import dev.paperboy.site.SitePaths;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The URL helper, {@code url} in templates: every link in the output is made here, from output paths
 * ({@code papers/x/index.html}). Internal links are relative to the page being rendered, so the site works
 * from any sub-path and from disk; absolute URLs (feeds, sitemap, canonical, og tags) start with the base URL.
 * Links to pages end in {@code /}, or in {@code index.html} when {@code indexLinks} is set (for file:// use).
 * The page served at any URL (404.html) links from {@code linkRoot}: the base URL, or {@code /} in the preview,
 * which serves the site at its root whatever the base URL; every other absolute link (feeds, email editions, which
 * are read away from the site) starts with the base URL.
 */
public final class Urls {
    private static final String INDEX = "index.html";

    private final String baseUrl;
    private final String linkRoot;
    private final boolean indexLinks;
    private final Map<String, String> assets;
    private final String from;
    private final String up;
    private final boolean absolute;

    /**
     * @param baseUrl ends with {@code /}
     * @param assets  asset name ({@code style.css}) to its output path ({@code assets/style.3f2a9c1e.css})
     * @param from    the output path of the page being rendered
     */
    public Urls(String baseUrl, boolean indexLinks, Map<String, String> assets, String from) {
        this(baseUrl, baseUrl, indexLinks, assets, from, false);
    }

    private Urls(String baseUrl, String linkRoot, boolean indexLinks, Map<String, String> assets, String from,
            boolean absolute) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.linkRoot = Objects.requireNonNull(linkRoot, "linkRoot");
        this.indexLinks = indexLinks;
        this.assets = Map.copyOf(assets);
        this.from = Objects.requireNonNull(from, "from");
        this.up = "../".repeat(depth(from));
        this.absolute = absolute;
    }

    /** The helper for another page, sharing the rest; {@code absolute} makes {@link #rel} absolute too. */
    public Urls at(String page, boolean absoluteLinks) {
        return new Urls(baseUrl, linkRoot, indexLinks, assets, page, absoluteLinks);
    }

    /** The helper for a site served at the root of its host, as the preview serves it. */
    public Urls servedAtRoot() {
        return new Urls(baseUrl, "/", indexLinks, assets, from, absolute);
    }

    /** A link from the current page to {@code target}, an output path: relative unless the page needs absolute. */
    public String rel(String target) {
        if (absolute) {
            return (from.equals(SitePaths.NOT_FOUND) ? linkRoot : baseUrl) + pretty(target);
        }
        String link = up + (indexLinks ? target : pretty(target));
        return link.isEmpty() ? "./" : link;
    }

    /** The absolute URL of {@code target}. */
    public String abs(String target) {
        return baseUrl + pretty(target);
    }

    /** The absolute URL of the current page. */
    public String canonical() {
        return abs(from);
    }

    /** A relative link to an asset by its name in templates/assets/; an unknown name is a template error. */
    public String asset(String name) {
        return rel(assetPath(name));
    }

    /**
     * A link to an asset relative to the current file even where links are absolute: a browser applies a feed's
     * stylesheet only from the feed's own origin, which is not the base URL in a preview or a copy.
     */
    public String sameOriginAsset(String name) {
        return up + assetPath(name);
    }

    private String assetPath(String name) {
        String path = assets.get(name);
        if (path == null) {
            throw new IllegalArgumentException("no asset \"" + name + "\" in templates/assets/ (known: "
                    + String.join(", ", new TreeSet<>(assets.keySet())) + ")");
        }
        return path;
    }

    /** How many folders deep {@code path} is: its slashes, counted without a stream (made once per page). */
    private static int depth(String path) {
        int slashes = 0;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            slashes++;
        }
        return slashes;
    }

    private static String pretty(String target) {
        return target.endsWith(INDEX) && (target.length() == INDEX.length()
                || target.charAt(target.length() - INDEX.length() - 1) == '/')
                ? target.substring(0, target.length() - INDEX.length()) : target;
    }
}
