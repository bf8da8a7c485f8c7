package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/** Papers of one digest, under that digest's heading (theme pages). */
public record DigestPapers(DigestLink digest, List<PaperCard> papers) {
    public DigestPapers {
        Objects.requireNonNull(digest, "digest");
        papers = List.copyOf(papers);
    }
}
