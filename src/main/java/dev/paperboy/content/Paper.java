package dev.paperboy.content;

import dev.paperboy.listing.Organization;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper: content/papers/&lt;slug&gt;.md. Front-matter keys are documented in docs/manual.md; {@code notes} is the
 * Markdown body, which belongs to the curator.
 *
 * @param arxivId      the arXiv identifier as written ({@code 2511.18538v2}, {@code hep-th/9901001}), or null
 * @param published    publication date, or null when the listing gave none
 * @param authors      the authors' names in order; empty when unknown (papers imported from listing text)
 * @param authorsCount null when unknown or posted by an organisation
 * @param organization null unless posted by an organisation
 * @param upvotes      null when unknown
 * @param codeUrl      null when none
 * @param projectUrl   the project page, null when none
 * @param digests      the digest dates the paper appeared in, as recorded by import
 */
public record Paper(
        String slug,
        String title,
        String arxivId,
        String abstractText,
        LocalDate published,
        List<String> authors,
        Integer authorsCount,
        Organization organization,
        Integer upvotes,
        List<String> links,
        String codeUrl,
        String projectUrl,
        List<LocalDate> digests,
        List<String> themes,
        boolean draft,
        String notes,
        SourceMap source) {

    public Paper {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        authors = List.copyOf(authors);
        links = List.copyOf(links);
        digests = List.copyOf(digests);
        themes = List.copyOf(themes);
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(source, "source");
    }
}
