package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.site.SitePaths;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks built HTML pages the way a browser and a crawler see them: each has a title and a canonical URL that is
 * its own, and every internal link and asset resolves to an output file, fragments to an id on that page. Pages
 * are read one at a time; only their ids and links are kept for the final link pass.
 */
final class PageChecks {
    private final Path out;
    private final String label;
    private final OutputUrls urls;
    private final Diagnostics diagnostics;
    private final Map<String, Set<String>> ids = new HashMap<>();
    private final List<Link> links = new ArrayList<>();

    private record Link(SourcePos pos, String raw, String file, String fragment) {
    }

    /** {@code label} names the output folder in messages (the temporary folder is gone by then). */
    PageChecks(Path out, String label, OutputUrls urls, Diagnostics diagnostics) {
        this.out = out;
        this.label = label;
        this.urls = urls;
        this.diagnostics = diagnostics;
    }

    void read(String path) throws IOException {
        URI url = urls.url(path);
        Document page = Jsoup.parse(out.resolve(path).toFile(), "UTF-8", url.toString(),
                Parser.htmlParser().setTrackPosition(true));
        SourcePos top = SourcePos.of(label + path, 1);
        if (page.title().isBlank()) {
            diagnostics.error(top, "page has no <title>");
        }
        // 404.html is served at any missing URL, so it has no canonical URL of its own.
        if (!path.equals(SitePaths.NOT_FOUND)) {
            checkCanonical(page, path, top, urls.url(path.substring(0, path.length() - "index.html".length())));
        }
        ids.put(path, page.select("[id]").stream().map(element -> element.id()).collect(Collectors.toSet()));
        for (Element element : page.select("[href], [src]")) {
            collect(path, element, element.hasAttr("href") ? "href" : "src");
        }
    }

    /** Reports the links that point to no output file, or to an id the target page does not have. */
    void checkLinks() {
        for (Link link : links) {
            if (!Files.isRegularFile(out.resolve(link.file()))) {
                diagnostics.error(link.pos(), "broken link \"" + link.raw() + "\": " + label + link.file()
                        + " is not built");
            } else if (link.fragment() != null && ids.containsKey(link.file())
                    && !ids.get(link.file()).contains(link.fragment())) {
                diagnostics.error(link.pos(), "broken link \"" + link.raw() + "\": " + label + link.file()
                        + " has no id \"" + link.fragment() + "\"");
            }
        }
    }

    private void checkCanonical(Document page, String path, SourcePos top, URI expected) {
        Element canonical = page.selectFirst("link[rel=canonical]");
        if (canonical == null) {
            diagnostics.error(top, "page has no canonical URL (<link rel=\"canonical\">)");
        } else if (!canonical.absUrl("href").equals(expected.toString())) {
            diagnostics.error(pos(path, canonical), "canonical URL \"" + canonical.attr("href")
                    + "\" is not the page's own URL " + expected);
        }
    }

    private void collect(String path, Element element, String attribute) {
        String raw = element.attr(attribute);
        URI target;
        try {
            target = new URI(element.absUrl(attribute).isEmpty() ? raw : element.absUrl(attribute));
        } catch (URISyntaxException e) {
            diagnostics.error(pos(path, element), "malformed URL \"" + raw + "\": " + e.getReason());
            return;
        }
        Optional<String> file = urls.file(target);
        file.ifPresent(name -> links.add(new Link(pos(path, element), raw, name, target.getFragment())));
    }

    private SourcePos pos(String path, Element element) {
        return SourcePos.of(label + path, Math.max(0, element.sourceRange().start().lineNumber()));
    }
}
