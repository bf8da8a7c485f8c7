package dev.paperboy.listing;

import dev.paperboy.diag.SourcePos;
import java.time.LocalDate;
import java.util.List;

/** Stand-in for the listing branch's record (same API); replaced when that branch is merged. */
public record ListingEntry(SourcePos pos, LocalDate listingDate, int position, String title, String abstractText,
        Integer authorsCount, Organization organization, LocalDate published, Integer upvotes, List<String> links,
        String codeUrl) {
    public ListingEntry {
        links = List.copyOf(links);
    }
}
