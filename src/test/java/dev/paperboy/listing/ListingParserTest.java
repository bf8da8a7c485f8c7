package dev.paperboy.listing;

import static dev.paperboy.listing.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListingParserTest {
    private static final LocalDate NOV_13 = date(2025, 11, 13);

    @Test
    void readsAuthorsBlocksWithAndWithoutYear() {
        List<ListingEntry> entries = Fixtures.entries("cases/authors.txt");
        assertEquals(2, entries.size());
        ListingEntry first = entries.get(0);
        assertEquals(new SourcePos("authors.txt", 13, 0), first.pos());
        assertEquals(NOV_13, first.listingDate());
        assertEquals(1, first.position());
        assertEquals("Universal Approximation with Transformers", first.title());
        assertEquals("We study how transformers approximate functions. Code at https://github.com/example/approx.",
                first.abstractText());
        assertEquals(7, first.authorsCount());
        assertNull(first.organization());
        assertEquals(date(2025, 6, 12), first.published());
        assertNull(first.upvotes());
        assertEquals(List.of("https://github.com/example/approx"), first.links());
        assertEquals("https://github.com/example/approx", first.codeUrl());

        ListingEntry second = entries.get(1);
        assertEquals(2, second.position());
        assertEquals("Light Schrödinger Bridge", second.title());
        assertEquals("A second abstract about Schrödinger bridges with 0.5% error and finite samples.",
                second.abstractText());
        assertEquals(1, second.authorsCount());
        assertEquals(date(2019, 10, 7), second.published());
        assertEquals(List.of(), second.links());
        assertNull(second.codeUrl());
    }

    @Test
    void readsOrganisationBlocks() {
        List<ListingEntry> entries = Fixtures.entries("cases/organisation.txt");
        assertEquals(new Organization("deepmind", "Deepmind"), entries.get(0).organization());
        assertNull(entries.get(0).authorsCount());
        assertEquals(date(2025, 10, 6), entries.get(0).published());
        assertEquals(7, entries.get(0).upvotes());
        assertEquals(new Organization("spiralworks", "Spiral Works"), entries.get(1).organization());
        assertEquals(date(2024, 9, 25), entries.get(1).published());
        assertEquals(new Organization("openai", "openai"), entries.get(2).organization());
    }

    @Test
    void readsEntriesWithoutMetadataAnywhereInTheListing() {
        List<ListingEntry> entries = Fixtures.entries("cases/no-metadata.txt");
        assertEquals(List.of("First Without Metadata", "Second Without Metadata", "With Metadata",
                "Last Without Metadata"), entries.stream().map(ListingEntry::title).toList());
        assertEquals(List.of(1, 2, 3, 4), entries.stream().map(ListingEntry::position).toList());
        ListingEntry first = entries.get(0);
        assertNull(first.authorsCount());
        assertNull(first.organization());
        assertNull(first.published());
        assertNull(first.upvotes());
        assertEquals(3, entries.get(2).authorsCount());
        assertEquals(date(2023, 5, 1), entries.get(2).published());
        assertNull(entries.get(3).published());
    }

    @Test
    void readsUpvotesAfterDatesWithAndWithoutYear() {
        List<ListingEntry> entries = Fixtures.entries("cases/upvotes.txt");
        assertEquals(date(2025, 10, 31), entries.get(0).published());
        assertEquals(1, entries.get(0).upvotes());
        assertEquals(date(2024, 3, 14), entries.get(1).published());
        assertEquals(11, entries.get(1).upvotes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "tr-TR", "de-DE"})
    void putsDatesAfterTheListingDateInThePreviousYearWhateverTheLocale(String locale) {
        Locales.run(locale, () -> {
            Diagnostics diagnostics = new Diagnostics();
            List<Listing> listings = ListingParser.parse("rollover.txt", Fixtures.bytes("cases/year-rollover.txt"),
                    new ListingYear(2026, "year 2026 from --year"), diagnostics);
            assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
            assertEquals(date(2026, 1, 3), listings.get(0).date());
            assertEquals(List.of(date(2025, 12, 30), date(2026, 1, 2), date(2026, 1, 3)),
                    listings.get(0).entries().stream().map(ListingEntry::published).toList());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"crlf.txt", "bom.txt", "whitespace.txt"})
    void readsCrlfByteOrderMarksAndStrayWhitespaceLikeCleanText(String file) {
        List<ListingEntry> entries = Fixtures.entries("cases/" + file);
        assertEquals(2, entries.size());
        assertEquals(new SourcePos(file, 13, 0), entries.get(0).pos());
        assertEquals("Universal Approximation with Transformers", entries.get(0).title());
        assertEquals(7, entries.get(0).authorsCount());
        assertEquals(date(2025, 6, 12), entries.get(0).published());
        assertEquals("Light Schrödinger Bridge", entries.get(1).title());
        assertEquals(new Organization("deepmind", "Deepmind"), entries.get(1).organization());
        assertEquals(7, entries.get(1).upvotes());
    }

    @Test
    void readsConcatenatedListingsEachWithItsOwnDate() {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = Fixtures.parse("cases/concatenated.txt", diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertEquals(List.of(NOV_13, date(2025, 11, 12), date(2025, 11, 11)),
                listings.stream().map(Listing::date).toList());
        assertEquals(List.of(1, 2, 1), listings.stream().map(listing -> listing.entries().size()).toList());
        ListingEntry twelfth = listings.get(1).entries().get(0);
        assertEquals(date(2025, 11, 12), twelfth.listingDate());
        assertEquals(date(2025, 11, 12), twelfth.published());
        assertEquals(3, twelfth.upvotes());
        assertEquals(2, listings.get(1).entries().get(1).position());
        assertEquals(new SourcePos("concatenated.txt", 45, 0), listings.get(2).pos());
        assertEquals(date(2024, 12, 1), listings.get(2).entries().get(0).published());
    }

    @Test
    void importsEntriesWhoseMetadataIsCutOffWithAWarning() {
        Diagnostics diagnostics = new Diagnostics();
        List<ListingEntry> entries = Fixtures.parse("cases/cut-metadata.txt", diagnostics).get(0).entries();
        assertEquals(List.of(
                "cut-metadata.txt:26: warning: metadata block ends without a publication date (file cut off?);"
                        + " entry imported without it",
                "cut-metadata.txt:32: warning: metadata block ends without a publication date (file cut off?);"
                        + " entry imported without it"),
                diagnostics.formatted());
        assertEquals(3, entries.size());
        assertEquals(4, entries.get(1).authorsCount());
        assertNull(entries.get(1).published());
        assertEquals(2, entries.get(2).authorsCount());
        assertNull(entries.get(2).published());
    }

    @Test
    void trustsTheDateLineOverADisagreeingDateOptionWithAWarning() {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = parseWithDateOption("cases/authors.txt", date(2024, 11, 14), diagnostics);
        assertEquals(date(2024, 11, 13), listings.get(0).date());
        assertEquals(List.of("authors.txt:11: warning: the date line (2024-11-13) disagrees with --date 2024-11-14;"
                + " using the date line"), diagnostics.formatted());
    }

    @Test
    void takesTheYearOfTheDateOptionForEveryListingOfAFile() {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = parseWithDateOption("cases/concatenated.txt", date(2024, 11, 13), diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertEquals(List.of(date(2024, 11, 13), date(2024, 11, 12), date(2024, 11, 11)),
                listings.stream().map(Listing::date).toList());
    }

    @Test
    void warnsAboutAListingWithoutEntries() {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = Fixtures.parseText("Daily Papers\n\nNov 13\n", Fixtures.YEAR_2025, diagnostics);
        assertEquals(List.of(), listings.get(0).entries());
        assertEquals(List.of("inline.txt:3: warning: listing of 2025-11-13 has no entries"), diagnostics.formatted());
    }

    @Test
    void keepsPagePositionsWhenAnEntryIsDropped() {
        Diagnostics diagnostics = new Diagnostics();
        List<ListingEntry> entries = Fixtures.parse("invalid/bad-date.txt", diagnostics).get(0).entries();
        assertEquals(List.of(1, 4), entries.stream().map(ListingEntry::position).toList());
    }

    private static List<Listing> parseWithDateOption(String fixture, LocalDate dateOption, Diagnostics diagnostics) {
        ListingYear year = ListingYear.resolve("listing.txt", dateOption, null, Fixtures.FIXED_CLOCK);
        return ListingParser.parse(fixture.substring(fixture.indexOf('/') + 1), Fixtures.bytes(fixture), year,
                diagnostics);
    }
}
