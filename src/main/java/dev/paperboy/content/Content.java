package dev.paperboy.content;

import java.util.List;

/** Every paper (sorted by slug) and digest (sorted by date) of a site, as read from content/. */
public record Content(List<Paper> papers, List<Digest> digests) {
    public Content {
        papers = List.copyOf(papers);
        digests = List.copyOf(digests);
    }
}
