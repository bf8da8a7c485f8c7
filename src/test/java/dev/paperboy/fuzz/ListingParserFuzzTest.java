package dev.paperboy.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.listing.ListingParser;
import dev.paperboy.listing.ListingYear;
import java.time.LocalDate;

/**
 * Any bytes as a listing file, with any year or full date: the parser returns listings and reports problems, it
 * never throws. Crashing inputs are kept under src/test/resources as regression cases.
 */
class ListingParserFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void parserReportsBadListingsWithoutCrashing(FuzzedDataProvider data) {
        int year = data.consumeInt(1, 9999);
        ListingYear listingYear = data.consumeBoolean()
                ? new ListingYear(year, "fuzzed year")
                : new ListingYear(year, "fuzzed date", LocalDate.ofYearDay(year, data.consumeInt(1, 365)));
        Diagnostics diagnostics = new Diagnostics();
        ListingParser.parse("listing.txt", data.consumeRemainingAsBytes(), listingYear, diagnostics);
        diagnostics.formatted().forEach(line -> assertTrue(line.indexOf('\n') < 0, "one line per problem"));
    }
}
