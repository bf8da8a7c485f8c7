package dev.paperboy.listing;

import dev.paperboy.diag.SourcePos;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper as a listing page shows it.
 *
 * @param pos           position of the entry's title line
 * @param listingDate   the date of the listing (digest) it came from
 * @param position      1-based order within its listing; entries dropped with an error keep their place, so
 *                      the positions of the others do not shift when one entry is damaged
 * @param title         cleaned of LaTeX residue, whitespace collapsed
 * @param abstractText  cleaned like the title
 * @param authorsCount  null when the entry shows an organisation or has no metadata
 * @param organization  null unless the entry shows an organisation line
 * @param published     null when the metadata block is missing or cut off before the date
 * @param upvotes       null when the date line shows none
 * @param links         URLs found in the abstract, unique, in order of appearance
 * @param codeUrl       the first link on github.com or gitlab.com, or null
 * @param arxivId       the arXiv identifier, or null when the listing gives none (listing text never does)
 * @param authors       the authors' names in order; empty when the listing gives none
 * @param projectUrl    the project page, or null
 */
public record ListingEntry(
        SourcePos pos,
        LocalDate listingDate,
        int position,
        String title,
        String abstractText,
        Integer authorsCount,
        Organization organization,
        LocalDate published,
        Integer upvotes,
        List<String> links,
        String codeUrl,
        String arxivId,
        List<String> authors,
        String projectUrl) {

    public ListingEntry {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(listingDate, "listingDate");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        if (position < 1) {
            throw new IllegalArgumentException("position must be 1 or more: " + position);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("blank title at " + pos);
        }
        if (authorsCount != null && (authorsCount < 0 || organization != null)) {
            throw new IllegalArgumentException("authorsCount must be non-negative and exclusive with organization");
        }
        if (upvotes != null && upvotes < 0) {
            throw new IllegalArgumentException("negative upvotes: " + upvotes);
        }
        links = List.copyOf(links);
        authors = List.copyOf(authors);
    }
}
