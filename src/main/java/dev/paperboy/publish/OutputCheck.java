package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a site's output as the build renders it, file by file on the render threads, instead of reading it back
 * from disk: each HTML page and XML file is parsed when it is made and then dropped. Links are checked against the
 * files the build plans to write as soon as they are read; only links to an id on a page wait for the end, when
 * every page's ids are known. {@link #report} reports each file's problems in path order, so the report does not
 * depend on thread timing.
 */
final class OutputCheck implements PageOutput {
    private final String label;
    private final PageChecks pageChecks;
    private final FeedChecks feedChecks;
    private final Map<String, PageChecks.Page> pages = new ConcurrentHashMap<>();
    private final Map<String, FeedChecks.Feed> xmlFiles = new ConcurrentHashMap<>();
    private final Map<String, Diagnostics> bibFiles = new ConcurrentHashMap<>();

    /** What was checked: HTML files (404.html and HTML email editions included), feeds (RSS, Atom) and .bib files. */
    record Counts(int pages, int feeds, int bibFiles) {
    }

    /** {@code label} names the output folder in messages. */
    OutputCheck(String label, ExpectedOutput planned) {
        this.label = label;
        OutputUrls urls = OutputUrls.of(planned.config().baseUrl());
        this.pageChecks = new PageChecks(label, urls, planned.files());
        this.feedChecks = new FeedChecks(label, urls, planned.files());
    }

    @Override
    public void write(String path, byte[] bytes) {
        if (path.endsWith(".html")) {
            pages.put(path, pageChecks.read(path, bytes));
        } else if (path.endsWith(".xml")) {
            xmlFiles.put(path, feedChecks.read(path, bytes));
        } else if (path.endsWith(".bib")) {
            bibFiles.put(path, BibChecks.read(label, path, bytes));
        }
    }

    /** Nothing is kept: every file is checked as it is made. */
    @Override
    public boolean keep(String path, long size) {
        return false;
    }

    /** A check starts from nothing, so nothing is ever gone. */
    @Override
    public void delete(Collection<String> paths) {
    }

    Counts report(Diagnostics diagnostics) {
        new TreeMap<>(xmlFiles).values().forEach(xml -> diagnostics.addAll(xml.problems()));
        new TreeMap<>(bibFiles).values().forEach(diagnostics::addAll);
        new TreeMap<>(pages).values().forEach(page -> {
            diagnostics.addAll(page.problems());
            for (OutputLink link : page.fragmentLinks()) {
                PageChecks.Page target = pages.get(link.file());
                if (target != null && !target.ids().contains(link.fragment())) {
                    diagnostics.error(link.pos(), "broken link \"" + link.raw() + "\": " + label + link.file()
                            + " has no id \"" + link.fragment() + "\"");
                }
            }
        });
        return new Counts(pages.size(), (int) xmlFiles.values().stream().filter(FeedChecks.Feed::isFeed).count(),
                bibFiles.size());
    }
}
