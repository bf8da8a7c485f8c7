package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing Hugging Face's daily-papers JSON, alone and mixed with listing text, with curator edits between. */
class DailyPapersImportTest {
    private static final Path SAMPLES = Path.of("../shared/listings/hf-api");
    private static final String TITLE = "Sparse Attention Is All You Need";

    @TempDir
    Path root;
    private TestSite site;

    @BeforeEach
    void createSite() {
        site = TestSite.empty(root);
    }

    @Test
    void importsARealDayAndChangesNothingOnReimport() throws IOException {
        byte[] day = Files.readAllBytes(SAMPLES.resolve("2025-12-02.json"));
        Files.write(root.resolve("2025-12-02.json"), day);
        ImportReport report = site.importListings("2025-12-02.json");
        assertEquals(List.of(), site.diagnostics().formatted());
        assertEquals(28, report.papers().created());
        Content content = site.load();
        assertEquals(28, content.papers().size());
        Paper first = content.papers().stream().filter(paper -> "2511.18538".equals(paper.arxivId())).findFirst()
                .orElseThrow();
        assertEquals("Jian Yang", first.authors().get(0));
        assertEquals(71, first.authors().size());
        assertEquals(List.of(LocalDate.of(2025, 12, 2)), first.digests());
        assertEquals(first.slug(), content.digests().get(0).papers().get(0), "the digest keeps the listing's order");
        assertArrayEquals(day, Files.readAllBytes(root.resolve("content/listings/2025-12-02.json")));

        site.ageContent();
        ImportReport again = site.importListings("content/listings/2025-12-02.json");
        assertEquals(28, again.papers().unchanged());
        assertEquals(List.of(), site.rewritten());
    }

    @Test
    void aPaperFromTextThenFromJsonIsOnePaperThatGainsItsIdentityAndKeepsCuration() {
        site.file("text.txt", TestSite.listing("Dec 2",
                TestSite.entry(TITLE, "We sparsify attention.", "  • 2 authors", "Nov 30 5")));
        site.importListings("text.txt");
        String file = "content/papers/sparse-attention-is-all-you-need.md";
        site.file(file, site.file(file).replaceFirst("title: " + TITLE, "title: Sparse attention is all you need")
                .replaceFirst("upvotes: 5", "upvotes: 50") + "My notes.\n");

        site.file("day.json", json("2512.00001", TITLE, "2025-12-02", 9, "https://example.org/sparse"));
        site.importListings("day.json");
        assertEquals(List.of(), site.diagnostics().formatted());
        assertEquals(1, site.load().papers().size());
        Paper paper = site.load().papers().get(0);
        assertEquals("Sparse attention is all you need", paper.title());
        assertEquals("2512.00001", paper.arxivId());
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), paper.authors());
        assertEquals("https://example.org/sparse", paper.projectUrl());
        assertEquals(50, paper.upvotes());
        assertEquals(2, paper.authorsCount());
        assertEquals("My notes.\n", paper.notes());
    }

    @Test
    void aPaperFromJsonThenFromTextKeepsItsIdentityAndTakesNewUpvotes() {
        site.file("day.json", json("2512.00001", TITLE, "2025-12-02", 9, "https://example.org/sparse"));
        site.importListings("day.json");
        String file = "content/papers/sparse-attention-is-all-you-need.md";
        site.file(file, site.file(file).replaceFirst("Alan Turing", "A. M. Turing"));

        site.file("text.txt", TestSite.listing("Dec 3",
                TestSite.entry(TITLE, "We sparsify attention.", "  • 2 authors", "Nov 30 12")));
        site.importListings("text.txt");
        assertEquals(List.of(), site.diagnostics().formatted());
        Paper paper = site.load().papers().get(0);
        assertEquals("2512.00001", paper.arxivId());
        assertEquals(List.of("Ada Lovelace", "A. M. Turing"), paper.authors());
        assertEquals("https://example.org/sparse", paper.projectUrl());
        assertEquals(12, paper.upvotes());
        assertEquals(List.of(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 3)), paper.digests());
    }

    @Test
    void findsAPaperByItsArxivIdWhenTheListingRetitledIt() {
        site.file("day1.json", json("2512.00001", TITLE, "2025-12-02", 9, null));
        site.importListings("day1.json");
        site.file("day2.json", json("2512.00001v2", "Sparse Attention Is Enough", "2025-12-04", 20, null));
        site.importListings("day2.json");
        assertEquals(List.of(), site.diagnostics().formatted());
        List<Paper> papers = site.load().papers();
        assertEquals(1, papers.size());
        assertEquals("Sparse Attention Is Enough", papers.get(0).title());
        assertEquals("2512.00001v2", papers.get(0).arxivId());
        assertEquals(List.of(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 4)), papers.get(0).digests());
    }

    @Test
    void keepsTwoPapersOfOneTitleApartByTheirIds() {
        site.file("day1.json", json("2512.00001", TITLE, "2025-12-02", 9, null));
        site.importListings("day1.json");
        site.file("day2.json", json("2512.00002", TITLE, "2025-12-04", 20, null));
        site.importListings("day2.json");
        assertEquals(List.of("content/papers/sparse-attention-is-all-you-need-2.md",
                "content/papers/sparse-attention-is-all-you-need.md"), site.content().keySet().stream()
                .filter(name -> name.startsWith("content/papers/")).toList());
    }

    @Test
    void aDryRunWritesNothing() {
        site.file("day.json", json("2512.00001", TITLE, "2025-12-02", 9, null));
        Map<String, String> before = site.content();
        site.importListings(true, "day.json");
        assertEquals(before, site.content());
        assertTrue(site.diagnostics().isEmpty(), site.diagnostics().formatted().toString());
    }

    /** One item as the API writes it, with two authors. */
    private static String json(String id, String title, String day, int upvotes, String projectPage) {
        return """
                [{"paper": {"id": "%s", "title": "%s", "summary": "We sparsify attention.",
                  "authors": [{"_id": "a", "name": "Ada Lovelace", "hidden": false}, {"_id": "b", "name": "Alan Turing"}],
                  "publishedAt": "2025-11-30T17:09:34.000Z", "submittedOnDailyAt": "%sT00:00:00.000Z",
                  "upvotes": %d, "projectPage": %s},
                  "title": "%s"}]
                """.formatted(id, title, day, upvotes, projectPage == null ? "null" : "\"" + projectPage + "\"", title);
    }
}
