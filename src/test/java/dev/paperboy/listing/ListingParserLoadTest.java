package dev.paperboy.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards against slow paths (regex backtracking, quadratic scans) on a 10,000-entry listing. The bound is loose so a
 * busy shared machine does not fail it; run it alone to time a parse.
 */
class ListingParserLoadTest {
    @Test
    void parsesTenThousandEntriesQuickly() {
        byte[] bytes = SyntheticListing.generate(10_000, 42).getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 14_000_000, "about 15 MB: " + bytes.length);
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ListingParser.parse("synthetic.txt", bytes, Fixtures.YEAR_2025, diagnostics));
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        List<ListingEntry> entries = listings.get(0).entries();
        assertEquals(10_000, entries.size());
        assertEquals(10_000, entries.get(9_999).position());
    }

    @Test
    void generatesTheSameListingForTheSameSeed() {
        assertEquals(SyntheticListing.generate(50, 7), SyntheticListing.generate(50, 7));
    }
}
