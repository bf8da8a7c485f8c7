package dev.paperboy.listing;

import static dev.paperboy.listing.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every test runs under an English, a Turkish and a German default locale. */
class DateLineTest {
    @ParameterizedTest
    @ValueSource(strings = {"en-US", "tr-TR", "de-DE"})
    void readsEveryShapeOfDateLine(String locale) {
        Locales.run(locale, () -> {
            assertEquals(Optional.of(new DateLine(Month.NOVEMBER, 13, null, null)), DateLine.parse("Nov 13"));
            assertEquals(Optional.of(new DateLine(Month.OCTOBER, 7, 2019, null)), DateLine.parse("Oct 7, 2019"));
            assertEquals(Optional.of(new DateLine(Month.MARCH, 14, 2024, 11)), DateLine.parse("Mar 14, 2024 11"));
            assertEquals(Optional.of(new DateLine(Month.OCTOBER, 31, null, 1)), DateLine.parse("Oct 31 1"));
            assertEquals(Optional.of(new DateLine(Month.MAY, 5, null, null)), DateLine.parse("MAY 5"));
            assertEquals(Optional.of(new DateLine(Month.SEPTEMBER, 25, null, null)), DateLine.parse("Sept. 25"));
            assertEquals(Optional.of(new DateLine(Month.DECEMBER, 8, 2024, 2)), DateLine.parse("December\t8 ,2024  2"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "tr-TR", "de-DE"})
    void rejectsWhatIsNotADateLine(String locale) {
        Locales.run(locale, () -> {
            assertEquals(Optional.empty(), DateLine.parse("Pointer Networks"));
            assertEquals(Optional.empty(), DateLine.parse("Dez 13"));
            assertEquals(Optional.empty(), DateLine.parse("May 2024"));
            assertEquals(Optional.empty(), DateLine.parse("Jun 12, 20x5"));
            assertTrue(DateLine.looksLikeDate("Jun 12, 20x5"));
            assertFalse(DateLine.looksLikeDate("Llama 2: Open Foundation Models"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "tr-TR", "de-DE"})
    void putsYearlessDatesInTheListingYearOrTheYearBefore(String locale) {
        Locales.run(locale, () -> {
            assertEquals(date(2025, 12, 30), DateLine.parse("Dec 30").orElseThrow().publishedBy(date(2026, 1, 3)));
            assertEquals(date(2026, 1, 3), DateLine.parse("Jan 3").orElseThrow().publishedBy(date(2026, 1, 3)));
            assertEquals(date(2019, 10, 7), DateLine.parse("Oct 7, 2019").orElseThrow().publishedBy(date(2026, 1, 3)));
            assertEquals(date(2024, 2, 29), DateLine.parse("Feb 29").orElseThrow().publishedBy(date(2024, 3, 1)));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Feb 30", "Feb 29", "Apr 31", "Jun 0", "Jun 45"})
    void rejectsDaysThatDoNotExist(String text) {
        DateLine line = DateLine.parse(text).orElseThrow();
        assertThrows(DateTimeException.class, () -> line.publishedBy(date(2025, 11, 13)));
    }
}
