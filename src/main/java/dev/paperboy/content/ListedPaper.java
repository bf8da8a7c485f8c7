package dev.paperboy.content;

import dev.paperboy.diag.SourcePos;
import dev.paperboy.listing.Organization;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the listings of one import say about one paper, all its entries merged: the values of the newest
 * listing (later files win on the same date), and every listing date it appeared on.
 *
 * @param pos where the paper's first entry is, for messages
 */
record ListedPaper(String title, String arxivId, String abstractText, LocalDate published, List<String> authors,
        Integer authorsCount, Organization organization, Integer upvotes, List<String> links, String codeUrl,
        String projectUrl, List<LocalDate> digests, SourcePos pos) {
    ListedPaper {
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        authors = List.copyOf(authors);
        links = List.copyOf(links);
        digests = digests.stream().distinct().sorted().toList();
        Objects.requireNonNull(pos, "pos");
    }
}
