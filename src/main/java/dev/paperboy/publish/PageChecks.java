package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.site.SitePaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks one built HTML page the way a browser and a crawler see it: it has a title and a canonical URL that is its
 * own, and every internal link and asset resolves to a file the build writes. Links to an id on a page are kept,
 * with the page's own ids, for the pass that follows once every page is read ({@link OutputCheck}). Thread-safe.
 */
final class PageChecks {
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
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8), url.toString(),
                Parser.htmlParser().setTrackPosition(true));
        if (page.title().isBlank()) {
            problems.error(top, "page has no <title>");
        }
        // 404.html is served at any missing URL, so it has no canonical URL of its own.
        if (!path.equals(SitePaths.NOT_FOUND)) {
            checkCanonical(page, path, url, top, problems);
        }
        Set<String> ids = page.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        List<OutputLink> fragmentLinks = new ArrayList<>();
        for (Element element : page.select("[href], [src]")) {
            String raw = element.attr(element.hasAttr("href") ? "href" : "src");
            try {
                URI target = LinkTargets.resolve(url, raw);
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

    private void checkCanonical(Document page, String path, URI url, SourcePos top, Diagnostics problems) {
        URI expected = urls.url(path.substring(0, path.length() - "index.html".length()));
        Element canonical = page.selectFirst("link[rel=canonical]");
        if (canonical == null) {
            problems.error(top, "page has no canonical URL (<link rel=\"canonical\">)");
        } else if (!resolvesTo(url, canonical.attr("href"), expected)) {
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
