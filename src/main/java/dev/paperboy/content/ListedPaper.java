package dev.paperboy.content;

import dev.paperboy.listing.ListingEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the listings of one import say about one paper, all its entries merged: each value from the newest listing
 * that gives one (later files win on the same date), as one entry placed where the paper first appeared, and every
 * listing date it appeared on.
 */
record ListedPaper(ListingEntry values, List<LocalDate> digests) {
    ListedPaper {
        Objects.requireNonNull(values, "values");
        digests = digests.stream().distinct().sorted().toList();
    }
}
