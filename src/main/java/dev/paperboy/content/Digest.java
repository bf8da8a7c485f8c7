package dev.paperboy.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One digest: content/digests/&lt;YYYY-MM-DD&gt;.md, the papers of one listing date in the curator's order.
 * {@code intro} is the Markdown body, which belongs to the curator.
 *
 * @param title empty when the curator gave none (templates then show the date)
 */
public record Digest(LocalDate date, String title, List<String> papers, boolean draft, String intro,
        SourceMap source) {
    public Digest {
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        papers = List.copyOf(papers);
        intro = intro == null ? "" : intro;
        Objects.requireNonNull(source, "source");
    }
}
