package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * One feed entry: a paper (summary = abstract, html = curator note, paper = its card: authors, links, themes) or a
 * whole digest (html = intro, papers = its papers in reading order, paper null).
 */
public record FeedItem(String title, String path, DateView date, String summary, Html html,
        List<PaperLink> papers, PaperCard paper) {
    public FeedItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(html, "html");
        papers = List.copyOf(papers);
    }
}
