package dev.paperboy.listing;

import dev.paperboy.diag.SourcePos;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One listing page: its date and its entries in page order.
 *
 * @param date    the listing's full date
 * @param pos     position of the listing's date line
 * @param entries the entries that were read without error
 */
public record Listing(LocalDate date, SourcePos pos, List<ListingEntry> entries) {
    public Listing {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(pos, "pos");
        entries = List.copyOf(entries);
    }
}
