package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.listing.ListingEntry;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arXiv id, the authors and the project page follow the three-way merge of every listing-owned key. */
class IdentityKeysMergeTest {
    private static final LocalDate DAY = LocalDate.of(2025, 12, 2);
    private static final List<String> AUTHORS = List.of("Jian Yang", "Jürgen Schmidhuber", "O'Neil, Cathy");

    private final YamlReader yaml = new YamlReader();
    private final YamlWriter writer = new YamlWriter();
    @TempDir
    Path dir;

    @Test
    void aNewFileHoldsTheKeysAndReadsBackAsThePaper() throws IOException {
        Paper paper = read(create(listed("2511.18538", AUTHORS, "https://example.org/p")));
        assertEquals("2511.18538", paper.arxivId());
        assertEquals(AUTHORS, paper.authors());
        assertEquals("https://example.org/p", paper.projectUrl());
    }

    @Test
    void takesTheListingsNewValuesWhileTheCuratorLeftThemAlone() throws IOException {
        String text = create(listed("2511.18538", AUTHORS, "https://example.org/p"));
        Paper paper = read(merge(text, listed("2511.18538v2", List.of("Jian Yang"), "https://example.org/q")));
        assertEquals("2511.18538v2", paper.arxivId());
        assertEquals(List.of("Jian Yang"), paper.authors());
        assertEquals("https://example.org/q", paper.projectUrl());
    }

    @Test
    void keepsTheCuratorsValuesOverTheListingsNewOnes() throws IOException {
        String text = create(listed("2511.18538", AUTHORS, "https://example.org/p"));
        text = curate(text, "Jürgen Schmidhuber", "J. Schmidhuber");
        text = curate(text, "arxiv_id: \"2511.18538\"", "arxiv_id: \"2511.18539\"");
        text = curate(text, "project_url: https://example.org/p\n", "");
        String merged = merge(text, listed("2511.18538v2", List.of("Jian Yang"), "https://example.org/q"));
        Paper paper = read(merged);
        assertEquals("2511.18539", paper.arxivId());
        assertEquals(List.of("Jian Yang", "J. Schmidhuber", "O'Neil, Cathy"), paper.authors());
        assertNull(paper.projectUrl(), "a value the curator deleted stays deleted");
        assertEquals("", merge(merged, listed("2511.18538v2", List.of("Jian Yang"), "https://example.org/q")),
                "importing the same listing again changes nothing");
    }

    @Test
    void aListingWithoutTheKeysLeavesThemAsTheyAre() throws IOException {
        String text = create(listed("2511.18538", AUTHORS, "https://example.org/p"));
        assertEquals("", merge(text, listed(null, List.of(), null)), "listing text names no id, authors or page");
        String curated = curate(text, "Jian Yang", "Yang Jian");
        String merged = merge(curated, listed(null, List.of(), null));
        assertEquals("", merged);
        Paper paper = read(merge(text, listed("2511.18538", List.of("Jian Yang"), null)));
        assertEquals("https://example.org/p", paper.projectUrl());
        assertEquals(List.of("Jian Yang"), paper.authors());
    }

    @Test
    void aPaperFromTextGainsTheKeysFromItsFirstListingThatHasThem() throws IOException {
        String text = create(listed(null, List.of(), null));
        assertTrue(!text.contains("arxiv_id") && !text.contains("authors:") && !text.contains("project_url"), text);
        Paper paper = read(merge(text, listed("hep-th/9901001v1", AUTHORS, "https://example.org/p")));
        assertEquals("hep-th/9901001v1", paper.arxivId());
        assertEquals(AUTHORS, paper.authors());
        assertEquals("https://example.org/p", paper.projectUrl());
    }

    /** The curator's edit: the first occurrence only, which is the key's, not the {@code imported:} block's. */
    private static String curate(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0, from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static ListedPaper listed(String arxivId, List<String> authors, String projectUrl) {
        return new ListedPaper(new ListingEntry(SourcePos.of("listing.json", 1), DAY, 1, "Paper Title",
                "An abstract.", 3, null, DAY, 3, List.of(), null, arxivId, authors, projectUrl), List.of(DAY));
    }

    private String create(ListedPaper paper) {
        return FrontMatterFile.FENCE + "\n" + writer.mapping(PaperFrontMatter.create(paper, List.of()))
                + FrontMatterFile.FENCE + "\n";
    }

    /** The file's text after merging {@code paper} into it; "" when the merge changes nothing. */
    private String merge(String text, ListedPaper paper) throws IOException {
        Path path = Files.writeString(dir.resolve("paper-title.md"), text, StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        EditableFile file = EditableFile.read(new SiteFiles(dir), path, "paper-title", "content/papers/paper-title.md",
                yaml, diagnostics).orElseThrow();
        FileWrite planned = new FrontMatterUpdates(yaml, writer).update(file, PaperFrontMatter.changes(file, paper),
                PaperReader.IMPORTED, diagnostics);
        assertEquals(List.of(), diagnostics.formatted());
        return planned.bytes() == null ? "" : new String(planned.bytes(), StandardCharsets.UTF_8);
    }

    private Paper read(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Paper paper = new PaperReader(yaml).read("paper-title", "content/papers/paper-title.md", text, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.formatted() + "\n" + text));
        assertEquals(List.of(), diagnostics.formatted(), text);
        return paper;
    }
}
