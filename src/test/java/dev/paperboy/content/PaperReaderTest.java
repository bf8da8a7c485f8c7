package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
