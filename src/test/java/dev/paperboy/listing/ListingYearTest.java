package dev.paperboy.listing;

import static dev.paperboy.listing.Fixtures.FIXED_CLOCK;
import static dev.paperboy.listing.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ListingYearTest {
    @Test
    void prefersTheDateOption() {
        assertEquals(new ListingYear(2025, "year 2025 from --date", date(2025, 11, 13)),
                ListingYear.resolve("papers-2024-01-01.txt", date(2025, 11, 13), 2023, FIXED_CLOCK));
    }

    @Test
    void takesTheYearOfADateInTheFileNameBeforeTheYearOption() {
        assertEquals(new ListingYear(2024, "year 2024 from file name"),
                ListingYear.resolve("content/listings/papers-2024-11-13.txt", null, 2023, FIXED_CLOCK));
    }

    @Test
    void ignoresNumbersInTheFileNameThatAreNotADate() {
        assertEquals(new ListingYear(2023, "year 2023 from --year"),
                ListingYear.resolve("papers-2024-13-45.txt", null, 2023, FIXED_CLOCK));
        assertEquals(new ListingYear(2023, "year 2023 from --year"),
                ListingYear.resolve("2019-01-01/papers.txt", null, 2023, FIXED_CLOCK));
        assertEquals(new ListingYear(2023, "year 2023 from --year"),
                ListingYear.resolve("12025-01-01.txt", null, 2023, FIXED_CLOCK));
    }

    @Test
    void fallsBackToTheClocksYearAndSaysHowToSetIt() {
        assertEquals(new ListingYear(2026, "year 2026 (current year; pass --year or --date to set it)", null,
                true),
                ListingYear.resolve("listing.txt", null, null, FIXED_CLOCK));
        assertEquals(2026, ListingYear.resolve(null, null, null, FIXED_CLOCK).year());
    }

    @Test
    void rejectsAYearThatDisagreesWithItsDate() {
        assertThrows(IllegalArgumentException.class, () -> new ListingYear(2024, "x", date(2025, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new ListingYear(0, "x"));
    }
}
