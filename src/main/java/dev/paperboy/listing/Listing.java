package dev.paperboy.listing;

import dev.paperboy.diag.SourcePos;
import java.time.LocalDate;
import java.util.List;

/** Stand-in for the listing branch's record (same API); replaced when that branch is merged. */
public record Listing(LocalDate date, SourcePos pos, List<ListingEntry> entries) {
    public Listing {
        entries = List.copyOf(entries);
    }
}
