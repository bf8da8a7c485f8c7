package dev.paperboy.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyPapersSourceTest {
    @Test
    void asksHuggingFaceForAnHfDay() {
        DailyPapersSource source = DailyPapersSource.parse("hf:2025-12-02", Map.of());
        assertEquals(URI.create("https://huggingface.co/api/daily_papers?date=2025-12-02"), source.uri());
        assertEquals(LocalDate.of(2025, 12, 2), source.date());
        assertEquals("hf-2025-12-02.json", source.fileName());
    }

    @Test
    void asksTheAddressInTheEnvironmentVariableInstead() {
        DailyPapersSource source = DailyPapersSource.parse("hf:2025-12-02",
                Map.of(DailyPapersSource.BASE_URL_VARIABLE, "http://127.0.0.1:8081/api/daily_papers"));
        assertEquals(URI.create("http://127.0.0.1:8081/api/daily_papers?date=2025-12-02"), source.uri());
        assertEquals(URI.create("http://127.0.0.1:8081/api?x=1&date=2025-12-02"), DailyPapersSource.parse(
                "hf:2025-12-02", Map.of(DailyPapersSource.BASE_URL_VARIABLE, "http://127.0.0.1:8081/api?x=1")).uri());
    }

    @Test
    void takesTheApisOwnUrlWithItsDay() {
        DailyPapersSource source = DailyPapersSource.parse(
                "https://huggingface.co/api/daily_papers?limit=50&date=2026-02-03", Map.of());
        assertEquals(URI.create("https://huggingface.co/api/daily_papers?limit=50&date=2026-02-03"), source.uri());
        assertEquals(LocalDate.of(2026, 2, 3), source.date());
    }

    @Test
    void refusesArgumentsThatNameNoDay() {
        assertEquals("\"hf:2025-02-30\" names no valid day: 30 February does not exist",
                assertThrows(IllegalArgumentException.class,
                        () -> DailyPapersSource.parse("hf:2025-02-30", Map.of())).getMessage());
        assertEquals("\"https://huggingface.co/api/daily_papers\" names no day: give the daily-papers API's URL"
                + " with ?date=YYYY-MM-DD, or hf:YYYY-MM-DD", assertThrows(IllegalArgumentException.class,
                        () -> DailyPapersSource.parse("https://huggingface.co/api/daily_papers", Map.of()))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> DailyPapersSource.parse("hf:2025-12-02",
                Map.of(DailyPapersSource.BASE_URL_VARIABLE, "file:///etc/passwd")));
    }

    @Test
    void tellsDownloadsFromFiles() {
        assertTrue(DailyPapersSource.isSource("hf:2025-12-02"));
        assertTrue(DailyPapersSource.isSource("https://huggingface.co/api/daily_papers?date=2025-12-02"));
        assertFalse(DailyPapersSource.isSource("listings/2025-12-02.json"));
        assertFalse(DailyPapersSource.isSource("hf-2025-12-02.json"));
    }
}
