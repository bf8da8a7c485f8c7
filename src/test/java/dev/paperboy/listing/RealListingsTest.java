package dev.paperboy.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three listings saved from the real site, read whole. */
class RealListingsTest {
    private static final String[] FILES = {
        "000_76f275c21c4c4d7b.txt", "001_6a523b09068368ba.txt", "002_6a2595508bd16b53.txt"};
    private static final LocalDate[] DATES = {
        LocalDate.of(2025, 11, 13), LocalDate.of(2025, 10, 29), LocalDate.of(2025, 11, 21)};

    @Test
    void readsEveryEntryOfTheRealListingsWithoutProblems() {
        List<ListingEntry> all = new ArrayList<>();
        for (int i = 0; i < FILES.length; i++) {
            Diagnostics diagnostics = new Diagnostics();
            List<Listing> listings = Fixtures.parse("real/" + FILES[i], diagnostics);
            assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
            assertEquals(1, listings.size());
            assertEquals(DATES[i], listings.get(0).date());
            all.addAll(listings.get(0).entries());
        }
        Set<String> titles = new HashSet<>();
        all.forEach(entry -> titles.add(entry.title()));
        assertEquals(187, all.size());
        assertEquals(172, titles.size());
    }

    @Test
    void readsRealListingsJoinedIntoOneFileWhenTheFirstLacksAFinalNewline() {
        byte[] first = Fixtures.bytes("real/" + FILES[0]);
        byte[] second = Fixtures.bytes("real/" + FILES[1]);
        assertTrue(first[first.length - 1] != '\n', "the saved page ends without a newline, as browsers save it");
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        Diagnostics diagnostics = new Diagnostics();

        List<Listing> listings = ListingParser.parse("joined.txt", joined, Fixtures.YEAR_2025, diagnostics);

        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertEquals(List.of(DATES[0], DATES[1]), listings.stream().map(Listing::date).toList());
        for (int i = 0; i < 2; i++) {
            assertEquals(Fixtures.entries("real/" + FILES[i]).stream().map(ListingEntry::title).toList(),
                    listings.get(i).entries().stream().map(ListingEntry::title).toList());
        }
    }

    @Test
    void leavesNoLatexCommandsTheCleanerKnows() {
        for (String file : FILES) {
            for (ListingEntry entry : Fixtures.entries("real/" + file)) {
                String text = entry.title() + " " + entry.abstractText();
                assertFalse(text.matches("(?s).*\\\\(%|_|\"|'|partial|Omega|tau|nabla|Delta|infty|em|romannumeral)"
                        + "(?![a-zA-Z]).*"), entry.title());
            }
        }
    }

    @Test
    void readsAnEntryWithAuthorsAndADateWithoutYear() {
        ListingEntry first = Fixtures.entries("real/" + FILES[0]).get(0);
        assertEquals(new SourcePos("000_76f275c21c4c4d7b.txt", 13, 0), first.pos());
        assertEquals(DATES[0], first.listingDate());
        assertEquals(1, first.position());
        assertEquals("Universal Approximation Theorem for a Single-Layer Transformer", first.title());
        assertTrue(first.abstractText().startsWith("Deep learning employs multi-layer neural networks"));
        assertEquals(1, first.authorsCount());
        assertNull(first.organization());
        assertEquals(LocalDate.of(2025, 7, 11), first.published());
        assertNull(first.upvotes());
        assertEquals(List.of(), first.links());
        assertNull(first.codeUrl());
    }

    @Test
    void readsAnOrganisationWithUpvotesAfterADateWithoutYear() {
        ListingEntry entry = entryAtLine(FILES[1], 141);
        assertEquals(new Organization("deepmind", "Deepmind"), entry.organization());
        assertNull(entry.authorsCount());
        assertEquals(LocalDate.of(2025, 10, 6), entry.published());
        assertEquals(7, entry.upvotes());
        assertEquals(new Organization("spiralworks", "Spiral Works"), entryAtLine(FILES[1], 649).organization());
    }

    @Test
    void readsUpvotesAfterADateWithYear() {
        ListingEntry last = entryAtLine(FILES[0], 425);
        assertEquals(8, last.authorsCount());
        assertEquals(LocalDate.of(2024, 3, 14), last.published());
        assertEquals(11, last.upvotes());
    }

    @Test
    void readsEntriesWithoutMetadata() {
        ListingEntry entry = entryAtLine(FILES[0], 229);
        assertEquals("Robust Layerwise Scaling Rules by Proper Weight Decay Tuning", entry.title());
        assertNull(entry.authorsCount());
        assertNull(entry.organization());
        assertNull(entry.published());
        assertNull(entry.upvotes());
        ListingEntry next = entryAtLine(FILES[0], 233);
        assertEquals(entry.position() + 1, next.position());
        assertEquals(3, next.authorsCount());
    }

    @Test
    void cleansLatexAndFindsLinksInARealAbstract() {
        ListingEntry speech = entryAtLine(FILES[1], 45);
        assertTrue(speech.abstractText().contains("we present (i) a detailed analysis"), speech.abstractText());
        assertTrue(speech.abstractText().contains("(ii) four distinct"));
        assertTrue(speech.abstractText().endsWith("Demos are available on: https://dongchaoyang.top/SimpleSpeech2_demo/."));
        assertEquals(List.of("https://dongchaoyang.top/SimpleSpeech2_demo/"), speech.links());
        assertNull(speech.codeUrl());

        ListingEntry coreset = entryAtLine(FILES[1], 337);
        assertEquals(List.of("https://github.com/alaamaalouf/AutoCoreset"), coreset.links());
        assertEquals("https://github.com/alaamaalouf/AutoCoreset", coreset.codeUrl());
        assertTrue(coreset.abstractText().contains("found at https://github.com/alaamaalouf/AutoCoreset. We"));

        ListingEntry chemotaxis = entryAtLine(FILES[2], 365);
        assertTrue(chemotaxis.abstractText().contains("∂_t n = Δ n - ∇ · (n ∇ c ) & in Ω×(0,∞) , ε ∂_t c"),
                chemotaxis.abstractText());
    }

    private static ListingEntry entryAtLine(String file, int line) {
        return Fixtures.entries("real/" + file).stream()
                .filter(entry -> entry.pos().line() == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry at " + file + ":" + line));
    }
}
