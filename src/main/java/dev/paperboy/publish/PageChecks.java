package dev.paperboy.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.site.SitePaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks one built HTML page the way a browser and a crawler see it: it has a title and a canonical URL that is its
 * own, no id is used twice, its JSON-LD blocks parse, and every internal link and asset resolves to a file the build
 * writes. Links to an id on a page are kept, with the page's own ids, for the pass that follows once every page is
 * read ({@link OutputCheck}). Thread-safe.
 */
final class PageChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String label;
    private final OutputUrls urls;
    private final Set<String> files;

    /** The page's ids and its links to ids, and the problems found on the page alone. */
    record Page(Set<String> ids, List<OutputLink> fragmentLinks, Diagnostics problems) {
    }

    /**
     * @param label names the output folder in messages
     * @param files every file the build writes, relative to the output folder
     */
    PageChecks(String label, OutputUrls urls, Set<String> files) {
        this.label = label;
        this.urls = urls;
        this.files = files;
    }

    Page read(String path, byte[] html) {
        Diagnostics problems = new Diagnostics();
        URI url = urls.url(path);
        SourcePos top = SourcePos.of(label + path, 1);
        Document page = parse(html, url);
        // Links resolve against the page's URL, or against its <base href> when it has one, as in a browser.
        URI base = baseOf(page, url);
        if (page.title().isBlank()) {
            problems.error(top, "page has no <title>");
        }
        // Only pages have a canonical URL of their own: 404.html is served at any missing URL, and email editions
        // are read in mail clients.
        if (path.equals(SitePaths.HOME) || path.endsWith("/" + SitePaths.HOME)) {
            checkCanonical(page, path, base, top, problems);
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                problems.error(pos(path, script), "JSON-LD block does not parse: " + e.getOriginalMessage());
            }
        }
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            if (!ids.add(element.id())) {
                problems.error(pos(path, element), "id \"" + element.id() + "\" is used twice on the page",
                        "a link to it jumps to the first");
            }
        }
        List<OutputLink> fragmentLinks = new ArrayList<>();
        // <base href> is where links resolve from, not a link.
        for (Element element : page.select("[href]:not(base), [src]")) {
            String raw = element.attr(element.hasAttr("href") ? "href" : "src");
            try {
                URI target = LinkTargets.resolve(base, raw);
                Optional<String> file = urls.file(target);
                if (file.isPresent()) {
                    OutputLink link = new OutputLink(pos(path, element), raw, file.get(), target.getFragment());
                    if (link.isBuilt(files, label, problems) && link.fragment() != null) {
                        fragmentLinks.add(link);
                    }
                }
            } catch (URISyntaxException e) {
                problems.error(pos(path, element), "malformed URL \"" + raw + "\": " + e.getReason());
            }
        }
        return new Page(ids, fragmentLinks, problems);
    }

    /** As a browser reads the bytes: UTF-8, a byte-order mark dropped. */
    private static Document parse(byte[] html, URI url) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), StandardCharsets.UTF_8.name(), url.toString(),
                    Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array", e);
        }
    }

    private static URI baseOf(Document page, URI url) {
        try {
            return new URI(page.baseUri());
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private void checkCanonical(Document page, String path, URI base, SourcePos top, Diagnostics problems) {
        URI expected = urls.url(path.substring(0, path.length() - "index.html".length()));
        Element canonical = page.selectFirst("link[rel=canonical]");
        if (canonical == null) {
            problems.error(top, "page has no canonical URL (<link rel=\"canonical\">)");
        } else if (!resolvesTo(base, canonical.attr("href"), expected)) {
            problems.error(pos(path, canonical), "canonical URL \"" + canonical.attr("href")
                    + "\" is not the page's own URL " + expected);
        }
    }

    private static boolean resolvesTo(URI base, String raw, URI expected) {
        try {
            return LinkTargets.resolve(base, raw).equals(expected);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private SourcePos pos(String path, Element element) {
        return SourcePos.of(label + path, Math.max(0, element.sourceRange().start().lineNumber()));
    }
}
