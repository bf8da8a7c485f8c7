package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.render.PageSink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a site's output as the build renders it, file by file on the render threads, instead of reading it back
 * from disk: each HTML page and XML file is parsed when it is made and then dropped, keeping only its ids and
 * internal links. Once every file is known, {@link #report} reports each file's problems in path order, so the
 * report does not depend on thread timing, and then every link to a file that was not built or to an id its page
 * does not have.
 */
final class OutputCheck implements PageSink {
    private final String label;
    private final PageChecks pageChecks;
    private final FeedChecks feedChecks;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, PageChecks.Page> pages = new ConcurrentHashMap<>();
    private final Map<String, FeedChecks.Feed> xmlFiles = new ConcurrentHashMap<>();

    /** What was checked: HTML pages (404.html included) and feeds (RSS and Atom files). */
    record Counts(int pages, int feeds) {
    }

    /** {@code label} names the output folder in messages. */
    OutputCheck(String label, OutputUrls urls) {
        this.label = label;
        this.pageChecks = new PageChecks(label, urls);
        this.feedChecks = new FeedChecks(label, urls);
    }

    @Override
    public void write(String path, byte[] bytes) {
        files.add(path);
        if (path.endsWith(".html")) {
            pages.put(path, pageChecks.read(path, bytes));
        } else if (path.endsWith(".xml")) {
            xmlFiles.put(path, feedChecks.read(path, bytes));
        }
    }

    Counts report(Diagnostics diagnostics) {
        Map<String, PageChecks.Page> sortedPages = new TreeMap<>(pages);
        Map<String, FeedChecks.Feed> sortedXml = new TreeMap<>(xmlFiles);
        sortedPages.values().forEach(page -> diagnostics.addAll(page.problems()));
        sortedXml.values().forEach(xml -> diagnostics.addAll(xml.problems()));
        sortedPages.values().forEach(page -> checkLinks(page.links(), diagnostics));
        sortedXml.values().forEach(xml -> checkLinks(xml.links(), diagnostics));
        return new Counts(pages.size(), (int) xmlFiles.values().stream().filter(FeedChecks.Feed::isFeed).count());
    }

    private void checkLinks(List<OutputLink> links, Diagnostics diagnostics) {
        for (OutputLink link : links) {
            if (!files.contains(link.file())) {
                diagnostics.error(link.pos(), "broken link \"" + link.raw() + "\": " + label + link.file()
                        + " is not built");
            } else if (link.fragment() != null && pages.containsKey(link.file())
                    && !pages.get(link.file()).ids().contains(link.fragment())) {
                diagnostics.error(link.pos(), "broken link \"" + link.raw() + "\": " + label + link.file()
                        + " has no id \"" + link.fragment() + "\"");
            }
        }
    }
}
