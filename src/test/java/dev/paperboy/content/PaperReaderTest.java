package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.listing.Organization;
import dev.paperboy.yaml.YamlReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperReaderTest {
    private final PaperReader reader = new PaperReader(new YamlReader());

    @Test
    void readsEveryFieldAndKeepsTheBodyAsNotes() {
        Diagnostics diagnostics = new Diagnostics();
        Paper paper = reader.read("deep-onet", "content/papers/deep-onet.md", """
                ---
                title: "DeepONet: learning operators"
                abstract: Learns operators.
                published: 2019-10-07
                organization: {account: deepmind, name: Deepmind}
                upvotes: 11
                links: [https://github.com/x/y]
                code_url: https://github.com/x/y
                digests: [2025-11-13, 2025-11-21]
                themes: [operators]
                draft: true
                imported: {title: "DeepONet: learning operators"}
                ---
                My *notes*.
                """, diagnostics).orElseThrow();
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertEquals("DeepONet: learning operators", paper.title());
        assertEquals(LocalDate.of(2019, 10, 7), paper.published());
        assertEquals(new Organization("deepmind", "Deepmind"), paper.organization());
        assertNull(paper.authorsCount());
        assertEquals(List.of(LocalDate.of(2025, 11, 13), LocalDate.of(2025, 11, 21)), paper.digests());
        assertEquals("My *notes*.\n", paper.notes());
        assertTrue(paper.draft());
        assertEquals(10, paper.source().pos("/themes/0").line());
    }

    @Test
    void papersByTheSameAuthorsOnTheSameThemesShareOneCopyOfEachName() {
        String file = """
                ---
                title: "T"
                authors: ["Ana García", "Wei Smith"]
                themes: [operators]
                ---
                """;
        Diagnostics diagnostics = new Diagnostics();
        Paper first = reader.read("a", "content/papers/a.md", file, diagnostics).orElseThrow();
        Paper second = reader.read("b", "content/papers/b.md", file, diagnostics).orElseThrow();
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertEquals(List.of("Ana García", "Wei Smith"), second.authors());
        assertSame(first.authors().get(1), second.authors().get(1));
        assertSame(first.themes().get(0), second.themes().get(0));
    }

    @Test
    void reportsAllProblemsOfAFileWithLines() {
        Diagnostics diagnostics = new Diagnostics();
        reader.read("x", "content/papers/x.md", """
                ---
                titel: Typo
                upvotes: -3
                published: 13/11/2025
                links: [javascript:alert(1)]
                ---
                """, diagnostics);
        assertEquals(List.of(
                "content/papers/x.md:2: error: missing required key \"title\"",
                "content/papers/x.md:2:1: error: unknown key \"titel\" (did you mean \"title\"?)",
                "content/papers/x.md:3:1: error: \"upvotes\" must be at least 0, found -3",
                "content/papers/x.md:4:1: error: \"published\" must be a date (YYYY-MM-DD), found \"13/11/2025\"",
                "content/papers/x.md:5:1: error: \"links\" has a malformed URL \"javascript:alert(1)\""
                        + " (use an absolute http:// or https:// URL)"),
                diagnostics.formatted());
    }

    @Test
    void readsDatesAsIsoDoesAndRefusesDaysThatDoNotExist() {
        Diagnostics diagnostics = new Diagnostics();
        Paper paper = reader.read("x", "content/papers/x.md", """
                ---
                title: X
                published: 2024-02-29
                digests: [0001-01-01, +12025-01-01]
                ---
                """, diagnostics).orElseThrow();
        assertEquals(LocalDate.of(2024, 2, 29), paper.published());
        assertEquals(List.of(LocalDate.of(1, 1, 1), LocalDate.of(12025, 1, 1)), paper.digests());
        reader.read("x", "content/papers/x.md", """
                ---
                title: X
                digests: [2023-02-29, 2025-11-31, 2025-1-01, 2025-13-01, "2025-01-0\u0661"]
                ---
                """, diagnostics);
        assertEquals(List.of(
                "content/papers/x.md:3:11: error: item 1 of \"digests\" must be a date (YYYY-MM-DD), found \"2023-02-29\"",
                "content/papers/x.md:3:23: error: item 2 of \"digests\" must be a date (YYYY-MM-DD), found \"2025-11-31\"",
                "content/papers/x.md:3:35: error: item 3 of \"digests\" must be a date (YYYY-MM-DD), found \"2025-1-01\"",
                "content/papers/x.md:3:46: error: item 4 of \"digests\" must be a date (YYYY-MM-DD), found \"2025-13-01\"",
                "content/papers/x.md:3:58: error: item 5 of \"digests\" must be a date (YYYY-MM-DD), found \"2025-01-0\u0661\""),
                diagnostics.formatted());
    }

    @Test
    void readsTheArxivIdAuthorsInOrderAndProjectPage() {
        Diagnostics diagnostics = new Diagnostics();
        Paper paper = reader.read("x", "content/papers/x.md", """
                ---
                title: X
                arxiv_id: 2511.18538v2
                authors:
                  - Jürgen Schmidhuber
                  - "O'Neil, Cathy"
                  - 李 明
                project_url: https://example.org/x
                ---
                """, diagnostics).orElseThrow();
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertEquals("2511.18538v2", paper.arxivId());
        assertEquals(List.of("Jürgen Schmidhuber", "O'Neil, Cathy", "李 明"), paper.authors());
        assertEquals("https://example.org/x", paper.projectUrl());
    }

    @Test
    void aPaperWithoutIdentityKeysHasNone() {
        Diagnostics diagnostics = new Diagnostics();
        Paper paper = reader.read("x", "content/papers/x.md", "---\ntitle: X\nauthors_count: 7\n---\n", diagnostics)
                .orElseThrow();
        assertNull(paper.arxivId());
        assertEquals(List.of(), paper.authors());
        assertNull(paper.projectUrl());
        assertEquals(7, paper.authorsCount());
    }

    @Test
    void acceptsNewAndOldStyleArxivIds() {
        for (String id : List.of("2511.18538", "0704.0001", "1501.00001v12", "hep-th/9901001", "math.GT/0309136v1",
                "cond-mat/0102536")) {
            Diagnostics diagnostics = new Diagnostics();
            reader.read("x", "content/papers/x.md", "---\ntitle: X\narxiv_id: \"" + id + "\"\n---\n", diagnostics);
            assertTrue(diagnostics.isEmpty(), id + ": " + diagnostics.formatted());
        }
    }

    @Test
    void reportsABadArxivIdOrAuthorOrProjectPageAtItsKey() {
        for (String id : List.of("2511.1853", "2513.18538", "2511.185380", "2511.18538v0", "arXiv:2511.18538",
                "hep-th/990100", "HEP-TH/9901001", "2511.18538 ", "https://arxiv.org/abs/2511.18538")) {
            Diagnostics diagnostics = new Diagnostics();
            assertTrue(reader.read("x", "content/papers/x.md", "---\ntitle: X\narxiv_id: \"" + id + "\"\n---\n",
                    diagnostics).isEmpty(), id);
            assertEquals(List.of("content/papers/x.md:3:1: error: \"arxiv_id\" is not an arXiv identifier: \"" + id
                    + "\" (write it as arXiv does, like 2511.18538, 2511.18538v2 or hep-th/9901001)"),
                    diagnostics.formatted());
        }
        Diagnostics number = new Diagnostics();
        reader.read("x", "content/papers/x.md", "---\ntitle: X\narxiv_id: 2511.18530\n---\n", number);
        assertEquals(List.of("content/papers/x.md:3:1: error: \"arxiv_id\" must be text in quotes, found a number"
                + " (write arxiv_id: \"2511.18538\"; unquoted, YAML reads it as a number and drops trailing zeros)"),
                number.formatted());
        Diagnostics diagnostics = new Diagnostics();
        reader.read("x", "content/papers/x.md", """
                ---
                title: X
                authors:
                  - {name: Bob}
                  - ""
                  - {name: Bob}
                project_url: ftp://example.org
                ---
                """, diagnostics);
        assertEquals(List.of(
                "content/papers/x.md:4:5: error: item 1 of \"authors\" must be text, found a mapping",
                "content/papers/x.md:5:5: error: item 2 of \"authors\" is empty (write one author's name per item)",
                "content/papers/x.md:6:5: error: item 3 of \"authors\" must be text, found a mapping",
                "content/papers/x.md:7:1: error: \"project_url\" has a malformed URL \"ftp://example.org\""
                        + " (use an absolute http:// or https:// URL)"),
                diagnostics.formatted());
    }

    @Test
    void refusesAFileWithoutFrontMatter() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(reader.read("x", "content/papers/x.md", "just text\n", diagnostics).isEmpty());
        assertEquals(List.of("content/papers/x.md:1: error: missing front matter (the file must start with a line"
                + " \"---\", then YAML, then a line \"---\")"), diagnostics.formatted());
    }

    @Test
    void refusesFrontMatterThatIsNotAMapping() {
        Diagnostics diagnostics = new Diagnostics();
        reader.read("x", "content/papers/x.md", "---\n- a\n---\n", diagnostics);
        assertEquals(List.of("content/papers/x.md:2:1: error: YAML must be a mapping of keys to values, found a list"),
                diagnostics.formatted());
    }
}
