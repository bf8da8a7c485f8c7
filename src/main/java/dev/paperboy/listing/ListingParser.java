package dev.paperboy.listing;

import dev.paperboy.diag.Diagnostics;
import java.util.List;

/** Stand-in for the listing branch's parser (same API); replaced when that branch is merged. */
public final class ListingParser {
    private ListingParser() {
    }

    public static List<Listing> parse(String label, byte[] bytes, ListingYear year, Diagnostics diagnostics) {
        throw new UnsupportedOperationException("listing parser not merged yet");
    }
}
