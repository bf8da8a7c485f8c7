package dev.paperboy.listing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.paperboy.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Reads the listing fixtures under src/test/resources/listing and parses them. */
final class Fixtures {
    static final ListingYear YEAR_2025 = new ListingYear(2025, "year 2025 from --year");
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/listing/" + path)) {
            assertNotNull(in, "missing fixture " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Listing> parse(String path, Diagnostics diagnostics) {
        return ListingParser.parse(path.substring(path.lastIndexOf('/') + 1), bytes(path), YEAR_2025, diagnostics);
    }

    static List<Listing> parseText(String text, ListingYear year, Diagnostics diagnostics) {
        return ListingParser.parse("inline.txt", text.getBytes(StandardCharsets.UTF_8), year, diagnostics);
    }

    /** The only listing's entries, failing when there are errors. */
    static List<ListingEntry> entries(String path) {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = parse(path, diagnostics);
        if (diagnostics.hasErrors() || listings.size() != 1) {
            throw new AssertionError(path + ": " + listings.size() + " listings, " + diagnostics.formatted());
        }
        return listings.get(0).entries();
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
