package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * One feed entry: a paper (summary = abstract, html = curator note, paper = its card: authors, links, themes) or a
 * whole digest (html = intro, papers = its papers in reading order, paper null).
 *
 * @param updated the entry's own time (RFC 3339): its digest's day, the papers of a digest a second apart in
 *                reading order, the first the latest, so each entry's time is distinct and a reader sorting by time
 *                shows them in the digest's order
 */
public record FeedItem(String title, String path, DateView date, String updated, String summary, Html html,
        List<PaperLink> papers, PaperCard paper) {
    public FeedItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(html, "html");
        papers = List.copyOf(papers);
    }
}
