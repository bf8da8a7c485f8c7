package dev.paperboy.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hugging Face's daily-papers JSON: the three real days saved unchanged, and damaged or odd documents. */
class DailyPapersJsonTest {
    private static final Path SAMPLES = Path.of("../shared/listings/hf-api");
    private static final ListingYear YEAR = Fixtures.YEAR_2025;

    @Test
    void readsEveryPaperOfTheRealDaysWithoutProblems() throws IOException {
        String[] days = {"2025-12-02", "2026-02-03", "2026-08-20"};
        int[] counts = {28, 44, 15};
        for (int i = 0; i < days.length; i++) {
            Diagnostics diagnostics = new Diagnostics();
            List<Listing> listings = ListingParser.parse(days[i] + ".json",
                    Files.readAllBytes(SAMPLES.resolve(days[i] + ".json")), YEAR, diagnostics);
            assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
            assertEquals(1, listings.size());
            assertEquals(LocalDate.parse(days[i]), listings.get(0).date());
            List<ListingEntry> entries = listings.get(0).entries();
            assertEquals(counts[i], entries.size());
            entries.forEach(entry -> {
                assertTrue(ArxivId.isValid(entry.arxivId()), entry.arxivId());
                assertTrue(!entry.authors().isEmpty(), entry.title());
                assertTrue(!entry.abstractText().contains("\\%"), entry.abstractText());
            });
        }
    }

    @Test
    void takesEachFieldFromWhereTheApiPutsIt() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<ListingEntry> entries = ListingParser.parse("2025-12-02.json",
                Files.readAllBytes(SAMPLES.resolve("2025-12-02.json")), YEAR, diagnostics).get(0).entries();
        ListingEntry first = entries.get(0);
        assertEquals(new SourcePos("2025-12-02.json", 2, 3), first.pos());
        assertEquals(1, first.position());
        assertEquals("2511.18538", first.arxivId());
        assertTrue(first.title().startsWith("From Code Foundation Models to Agents and Applications"), first.title());
        assertEquals(71, first.authors().size());
        assertEquals(List.of("Jian Yang", "Xianglong Liu", "Weifeng Lv"), first.authors().subList(0, 3));
        assertEquals(new Organization("Beihang", "Beihang University"), first.organization());
        assertNull(first.authorsCount(), "an organisation's paper shows no count, as on the listing page");
        assertEquals(LocalDate.of(2025, 11, 23), first.published());
        assertEquals(119, first.upvotes());
        assertNull(first.codeUrl());
        assertNull(first.projectUrl());
        assertTrue(first.abstractText().contains("over 95% success"), first.abstractText());
        ListingEntry second = entries.get(1);
        assertEquals("2511.20785", second.arxivId());
        assertEquals("https://github.com/EvolvingLMMs-Lab/LongVT", second.codeUrl());
        assertEquals("https://evolvinglmms-lab.github.io/LongVT/", second.projectUrl());
        assertEquals(2, second.position());
    }

    @Test
    void aMinimalItemGivesAnEntryWithWhatItHas() {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = parse("""
                [{"paper": {"title": "Only  a\\ntitle", "submittedOnDailyAt": "2025-12-02T00:00:00.000Z",
                  "id": null, "authors": null, "upvotes": null, "githubRepo": null, "projectPage": ""}}]
                """, diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        ListingEntry entry = listings.get(0).entries().get(0);
        assertEquals("Only a title", entry.title());
        assertEquals("", entry.abstractText());
        assertNull(entry.arxivId());
        assertEquals(List.of(), entry.authors());
        assertNull(entry.authorsCount());
        assertNull(entry.organization());
        assertNull(entry.published());
        assertNull(entry.upvotes());
        assertNull(entry.codeUrl());
        assertNull(entry.projectUrl());
    }

    @Test
    void cleansLatexFindsLinksAndCountsAuthorsWithoutAnOrganisation() {
        Diagnostics diagnostics = new Diagnostics();
        ListingEntry entry = parse("""
                [{"paper": {"id": "2512.00001v2", "title": "\\\\textit{Fast} Nets", "upvotes": 4,
                  "summary": "Up 95\\\\% on \\\\textbf{x}. Code: github.com/a/b.",
                  "authors": [{"name": "Ada  Lovelace"}, {"name": ""}, {"_id": "x"}, {"name": "Kurt Gödel"}],
                  "publishedAt": "2025-11-30T10:00:00.000Z", "submittedOnDailyAt": "2025-12-02T00:00:00.000Z"}}]
                """, diagnostics).get(0).entries().get(0);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertEquals("Fast Nets", entry.title());
        assertEquals("Up 95% on x. Code: github.com/a/b.", entry.abstractText());
        assertEquals(List.of("https://github.com/a/b"), entry.links());
        assertEquals("https://github.com/a/b", entry.codeUrl(), "the abstract's code link when githubRepo is absent");
        assertEquals(List.of("Ada Lovelace", "Kurt Gödel"), entry.authors());
        assertEquals(2, entry.authorsCount());
        assertEquals("2512.00001v2", entry.arxivId());
        assertEquals(LocalDate.of(2025, 11, 30), entry.published());
    }

    @Test
    void oneBrokenItemNeverStopsTheOthers() {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = parse("""
                [
                  42,
                  {"title": "no paper object", "paper": null},
                  {"paper": {"title": "  ", "submittedOnDailyAt": "2025-12-02"}},
                  {"paper": {"title": "No date"}},
                  {"paper": {"title": "Bad date", "submittedOnDailyAt": "Dec 2"}},
                  {"paper": {"title": "Good", "submittedOnDailyAt": "2025-12-02", "id": "arXiv:2512.1",
                    "upvotes": "many", "githubRepo": "javascript:alert(1)", "projectPage": 7}},
                  {"paper": {"title": "Also good", "submittedOnDailyAt": "2025-12-02", "id": "2512.00002"}}
                ]
                """, diagnostics);
        assertEquals(List.of(
                "items.json:2:3: error: item 1 is 42, not a paper (an object with \"paper\")",
                "items.json:3:3: error: item 2 has no \"paper.submittedOnDailyAt\", the day it was listed"
                        + " (pass --date YYYY-MM-DD to give it)",
                "items.json:4:3: error: item 3: \"paper.title\" is empty once its LaTeX is read",
                "items.json:5:3: error: item 4 has no \"paper.submittedOnDailyAt\", the day it was listed"
                        + " (pass --date YYYY-MM-DD to give it)",
                "items.json:6:3: error: item 5: \"paper.submittedOnDailyAt\" is not a date: \"Dec 2\"",
                "items.json:7:3: warning: item 6 (\"Good\"): \"paper.githubRepo\" is not an http(s) URL:"
                        + " \"javascript:alert(1)\"; imported without it",
                "items.json:7:3: warning: item 6 (\"Good\"): \"paper.id\" is not an arXiv identifier:"
                        + " \"arXiv:2512.1\"; imported without it",
                "items.json:7:3: warning: item 6 (\"Good\"): \"paper.projectPage\" is not an http(s) URL: 7;"
                        + " imported without it",
                "items.json:7:3: warning: item 6 (\"Good\"): \"paper.upvotes\" is not a count: \"many\";"
                        + " imported without it"),
                diagnostics.formatted());
        List<ListingEntry> entries = listings.get(0).entries();
        assertEquals(List.of("Good", "Also good"), entries.stream().map(ListingEntry::title).toList());
        assertEquals(List.of(2, 3), entries.stream().map(ListingEntry::position).toList(),
                "a dropped item keeps its place, as in listing text");
    }

    @Test
    void givesItemsWithoutAListingDateTheDateOption() {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = ListingParser.parse("items.json",
                "[{\"paper\": {\"title\": \"X\"}}]".getBytes(StandardCharsets.UTF_8),
                new ListingYear(2025, "year 2025 from --date", LocalDate.of(2025, 12, 3)), diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertEquals(LocalDate.of(2025, 12, 3), listings.get(0).date());
    }

    @Test
    void reportsInvalidJsonWithLineAndColumn() {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(List.of(), parse("[\n  {\"paper\": {\"title\": \"X\",}}\n]", diagnostics));
        assertEquals(1, diagnostics.formatted().size());
        assertTrue(diagnostics.formatted().get(0).startsWith("items.json:2:27: error: invalid JSON: Unexpected"
                + " character ('}' (code 125)): was expecting double-quote to start field name"),
                diagnostics.formatted().get(0));
        Diagnostics cutOff = new Diagnostics();
        assertEquals(List.of(), parse("[{\"paper\": {\"title\": \"X\"}},\n  {\"paper\": ", cutOff));
        assertTrue(cutOff.formatted().get(0).startsWith("items.json:2:13: error: invalid JSON: Unexpected end-of-input"),
                cutOff.formatted().get(0));
    }

    @Test
    void namesWhatIsMissingFromJsonOfAnotherShape() {
        Diagnostics diagnostics = new Diagnostics();
        parse("{\"error\": \"Invalid date\"}", diagnostics);
        parse("  [1, 2] [3]", diagnostics);
        assertEquals(List.of(
                "items.json:1:1: error: not a Hugging Face daily-papers listing: expected an array of papers, found an"
                        + " object (it says: \"Invalid date\") (save the answer of"
                        + " https://huggingface.co/api/daily_papers?date=YYYY-MM-DD)",
                "items.json:1:10: error: invalid JSON: text after the array's end"),
                diagnostics.formatted());
        Diagnostics empty = new Diagnostics();
        assertEquals(List.of(), parse("[]", empty));
        assertEquals(List.of("items.json:1: warning: the listing holds no papers"), empty.formatted());
    }

    @Test
    void tellsJsonFromListingTextByContentNotName() {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> json = ListingParser.parse("saved.txt", ("\uFEFF \n[{\"paper\": {\"title\": \"X\","
                + " \"submittedOnDailyAt\": \"2025-12-02\"}}]").getBytes(StandardCharsets.UTF_8), YEAR, diagnostics);
        assertEquals("X", json.get(0).entries().get(0).title());
        List<Listing> text = ListingParser.parse("saved.json", "Dec 2\n\nTitle\n\nAbstract.\n"
                .getBytes(StandardCharsets.UTF_8), YEAR, diagnostics);
        assertEquals("Title", text.get(0).entries().get(0).title());
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
    }

    private static List<Listing> parse(String json, Diagnostics diagnostics) {
        return ListingParser.parse("items.json", json.getBytes(StandardCharsets.UTF_8), YEAR, diagnostics);
    }
}
