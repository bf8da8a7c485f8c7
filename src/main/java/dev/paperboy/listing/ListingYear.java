package dev.paperboy.listing;

import java.time.Clock;
import java.time.LocalDate;

/** Stand-in for the listing branch's record (same API); replaced when that branch is merged. */
public record ListingYear(int year, String source) {
    public static ListingYear resolve(String fileName, LocalDate date, Integer year, Clock clock) {
        if (date != null) {
            return new ListingYear(date.getYear(), "--date");
        }
        if (year != null) {
            return new ListingYear(year, "--year");
        }
        return new ListingYear(LocalDate.now(clock).getYear(), "current year");
    }
}
