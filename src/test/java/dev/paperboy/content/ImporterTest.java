package dev.paperboy.content;

import static dev.paperboy.publish.TestSite.entry;
import static dev.paperboy.publish.TestSite.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    private static final String ATTENTION = entry("Attention Is All You Need: Again",
            "We revisit attention with 0.5\\% error. Code at https://github.com/example/attention.",
            "  • 8 authors", "Jun 12, 2017 5");
    private static final String OPERATORS = entry("Learning Operators", "Operators are learnt.",
            "deepmind Deepmind", "Oct 6 7");
    private static final String KERNELS = entry("Neural Tangent Kernels", "Kernels, infinitely wide.",
            "  • 3 authors", "Jun 20, 2018");

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = TestSite.empty(root)
                .file("nov13.txt", listing("Nov 13", ATTENTION, OPERATORS))
                .file("nov14.txt", listing("Nov 14", KERNELS, OPERATORS));
    }

    @Test
    void createsOnePaperPerTitleAndOneDigestPerListingDate() {
        ImportReport report = site.importListings("nov13.txt", "nov14.txt");

        assertEquals(List.of(), site.diagnostics().formatted());
        assertEquals(new ImportReport.Tally(3, 0, 0, 0), report.papers());
        assertEquals(new ImportReport.Tally(2, 0, 0, 0), report.digests());
        Content content = site.load();
        Paper operators = paper(content, "learning-operators");
        assertEquals(List.of(LocalDate.of(2025, 11, 13), LocalDate.of(2025, 11, 14)), operators.digests());
        assertEquals("deepmind", operators.organization().account());
        assertEquals(7, operators.upvotes());
        Paper attention = paper(content, "attention-is-all-you-need-again");
        assertEquals("We revisit attention with 0.5% error. Code at https://github.com/example/attention.",
                attention.abstractText());
        assertEquals("https://github.com/example/attention", attention.codeUrl());
        assertEquals(8, attention.authorsCount());
        assertEquals(List.of("attention-is-all-you-need-again", "learning-operators"), content.digests().get(0).papers());
        assertTrue(Files.exists(root.resolve("content/listings/2025-11-13-nov13.txt")));
        assertTrue(Files.exists(root.resolve("content/site.yaml")));
    }

    @Test
    void importingTwiceChangesNoByteAndWritesNoFile() {
        site.importListings("nov13.txt", "nov14.txt");
        Map<String, String> first = site.content();
        site.ageContent();

        ImportReport again = site.importListings("nov13.txt", "nov14.txt");

        assertEquals(first, site.content());
        assertEquals(List.of(), site.rewritten());
        assertEquals(new ImportReport.Tally(0, 0, 3, 0), again.papers());
        assertEquals(new ImportReport.Tally(0, 0, 2, 0), again.digests());
    }

    @Test
    void keepsEveryCuratorEditOnReimport() {
        site.importListings("nov13.txt", "nov14.txt");
        String paper = "content/papers/attention-is-all-you-need-again.md";
        site.file(paper, site.file(paper)
                .replace("---\ntitle: \"Attention Is All You Need: Again\"\n", "---\ntitle: Attention, Revisited # curator\n")
                .replace("themes: []", "themes: [transformers]")
                .replace("draft: false", "draft: true")
                + "My **notes**.\n");
        String digest = "content/digests/2025-11-13.md";
        site.file(digest, site.file(digest).replace(
                "papers:\n  - attention-is-all-you-need-again\n  - learning-operators\n",
                "# my order\npapers: [learning-operators, attention-is-all-you-need-again]\n") + "Intro.\n");
        String digest14 = "content/digests/2025-11-14.md";
        site.file(digest14, site.file(digest14).replace("papers:\n  - neural-tangent-kernels\n  - learning-operators\n",
                "papers:\n  - neural-tangent-kernels\n"));
        Map<String, String> edited = site.content();

        site.file("nov13.txt", listing("Nov 13", ATTENTION, OPERATORS, entry("A New Paper", "New.", "  • 1 authors",
                "Nov 12")));
        ImportReport report = site.importListings("nov13.txt", "nov14.txt");

        assertEquals(List.of(), site.diagnostics().formatted());
        assertEquals(new ImportReport.Tally(1, 0, 3, 0), report.papers());
        assertEquals(edited.get(paper), site.file(paper));
        assertEquals(edited.get(digest14), site.file(digest14));
        assertEquals(edited.get(digest).replace(
                "papers: [learning-operators, attention-is-all-you-need-again]\n",
                "papers:\n  - learning-operators\n  - attention-is-all-you-need-again\n  - a-new-paper\n")
                .replace("    - learning-operators\n---", "    - learning-operators\n    - a-new-paper\n---"),
                site.file(digest));
        assertFalse(Files.exists(root.resolve("content/papers/attention-revisited.md")));
    }

    @Test
    void refreshesUntouchedUpvotesButKeepsCuratorEditedOnes() {
        site.importListings("nov13.txt");
        String operators = "content/papers/learning-operators.md";
        String attention = "content/papers/attention-is-all-you-need-again.md";
        site.file(attention, site.file(attention).replace("\nupvotes: 5\n", "\nupvotes: 50 # checked by hand\n"));
        String curated = site.file(attention);
        String untouched = site.file(operators);
        site.ageContent();

        site.file("nov13.txt", listing("Nov 13", ATTENTION.replace("2017 5", "2017 9"),
                OPERATORS.replace("Oct 6 7", "Oct 6 11")));
        ImportReport report = site.importListings("nov13.txt");

        assertEquals(new ImportReport.Tally(0, 2, 0, 0), report.papers());
        assertEquals(untouched.replace("upvotes: 7\n", "upvotes: 11\n"), site.file(operators));
        assertEquals(curated.replace("  upvotes: 5\n", "  upvotes: 9\n"), site.file(attention));
        assertEquals(Set.of(attention, operators, "content/listings/2025-11-13-nov13.txt"), Set.copyOf(site.rewritten()));
    }

    /** The build reads front matter up to a size: import writes nothing it could not read back. */
    @Test
    void writesNoPaperWhoseFrontMatterABuildCouldNotRead() {
        String huge = "Words without end. ".repeat(YamlReader.MAX_DOCUMENT_CHARS / 19 + 1);
        site.file("nov15.txt", listing("Nov 15", entry("A Paper Too Long", huge, "  • 1 authors", "Nov 1"),
                KERNELS));
        ImportReport report = site.importListings("nov15.txt");

        List<String> problems = site.diagnostics().formatted();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/papers/a-paper-too-long.md:2: error: not written: its front "
                + "matter would have "), problems.get(0));
        assertFalse(Files.exists(root.resolve("content/papers/a-paper-too-long.md")));
        assertEquals(new ImportReport.Tally(1, 0, 0, 1), report.papers());
        assertTrue(Files.exists(root.resolve("content/papers/neural-tangent-kernels.md")));
    }

    @Test
    void dryRunWritesNothing() {
        ImportReport planned = site.importListings(true, "nov13.txt");
        assertEquals(Map.of(), site.content());
        assertFalse(Files.exists(root.resolve("content")));
        assertEquals(new ImportReport.Tally(2, 0, 0, 0), planned.papers());

        site.importListings("nov13.txt");
        Map<String, String> before = site.content();
        site.file("nov13.txt", listing("Nov 13", ATTENTION.replace("2017 5", "2017 9"), KERNELS));
        ImportReport updates = site.importListings(true, "nov13.txt");

        assertEquals(before, site.content());
        assertEquals(new ImportReport.Tally(1, 1, 0, 0), updates.papers());
        assertTrue(updates.changes().contains(new FileChange("content/papers/attention-is-all-you-need-again.md",
                FileChange.Kind.UPDATED, List.of("upvotes", "imported"))), updates.changes().toString());
    }

    @Test
    void importsTheSamePaperTwiceInOneListingAsOnePaper() {
        site.file("twice.txt", listing("Nov 15", KERNELS, KERNELS.replace("Neural Tangent Kernels",
                "neural tangent kernels!")));
        ImportReport report = site.importListings("twice.txt");
        assertEquals(new ImportReport.Tally(1, 0, 0, 0), report.papers());
        assertEquals(List.of("neural-tangent-kernels"), site.load().digests().get(0).papers());
    }

    @Test
    void numbersDifferentPapersThatWouldShareASlugInListingOrder() {
        site.file("qa.txt", listing("Nov 15", entry("Q&A", "One.", "  • 1 authors", "Nov 1"),
                entry("Q and A", "Two.", "  • 1 authors", "Nov 1"), entry("Q & A!", "One again.", "  • 1 authors",
                        "Nov 1")));
        site.importListings("qa.txt");
        assertEquals(List.of("q-and-a", "q-and-a-2"), site.load().digests().get(0).papers());
        assertEquals("One again.", paper(site.load(), "q-and-a").abstractText());
    }

    @Test
    void spellsGreekOutInNewSlugsButKeepsTheNameOfAFileImportedBefore() {
        String memAlpha = entry("Mem-α: Learning Memory Construction", "Memory.", "  • 2 authors", "Nov 1");
        site.file("greek.txt", listing("Nov 15", memAlpha, entry("μ_0: A Scalable Policy", "Robots.",
                "  • 2 authors", "Nov 1")));
        site.importListings("greek.txt");
        assertEquals(List.of("mem-alpha-learning-memory-construction", "mu-0-a-scalable-policy"),
                site.load().digests().get(0).papers());

        // a file named by the old rule, which dropped Greek letters
        String named = "content/papers/mem-learning-memory-construction.md";
        site.file(named, site.file("content/papers/mem-alpha-learning-memory-construction.md"));
        site.delete("content/papers/mem-alpha-learning-memory-construction.md");
        ImportReport again = site.importListings("greek.txt");
        assertEquals(new ImportReport.Tally(0, 0, 2, 0), again.papers());
        assertEquals(List.of("mem-learning-memory-construction", "mu-0-a-scalable-policy"),
                site.load().digests().get(0).papers());
    }

    @Test
    void namesTheListingCopySoThatImportingTheCopiesAgainReadsTheSameDates() {
        site.file("daily-papers.txt", listing("Nov 13", ATTENTION));
        run(List.of("daily-papers.txt"), null, 2024, false);
        assertEquals(List.of("content/listings/2024-11-13-daily-papers.txt"), site.content().keySet().stream()
                .filter(file -> file.startsWith("content/listings/")).toList());

        ImportReport again = run(List.of("content/listings/2024-11-13-daily-papers.txt"), null, null, false);

        assertEquals(List.of(), site.diagnostics().formatted());
        assertEquals(new ImportReport.Tally(0, 0, 1, 0), again.digests());
        assertEquals(List.of(LocalDate.of(2024, 11, 13)), site.load().digests().stream().map(Digest::date).toList());
        assertEquals(1, site.content().keySet().stream().filter(file -> file.startsWith("content/listings/")).count());
    }

    @Test
    void warnsThatTheYearWasGuessedNamingTheOptionsAlsoInADryRun() {
        for (boolean dryRun : new boolean[] {true, false}) {
            run(List.of("nov13.txt"), null, null, dryRun);
            assertEquals(List.of("nov13.txt: warning: no --date or --year, and no YYYY-MM-DD date in the file name:"
                    + " dates read in 2025, the current year (pass --year YYYY or --date YYYY-MM-DD if the listing is"
                    + " from another year)"), site.diagnostics().formatted());
        }
        run(List.of("nov13.txt"), LocalDate.of(2025, 11, 13), null, false);
        assertEquals(List.of(), site.diagnostics().formatted());
    }

    @Test
    void touchesNothingWhenNoListingCouldBeRead() {
        ImportReport report = run(List.of("saved/missing.txt"), null, 2025, false);
        assertEquals(List.of("saved/missing.txt: error: no such file (looked for " + root.resolve("saved/missing.txt")
                + ")"), site.diagnostics().formatted());
        assertEquals(List.of(), report.changes());
        assertFalse(Files.exists(root.resolve("content")));
    }

    @Test
    void namesAFewPapersWithoutAThemeAndCountsTheRest() {
        StringBuilder entries = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            entries.append(entry("Paper number " + (char) ('a' + i), "Abstract.", "  • 1 authors", "Nov 1"));
        }
        site.file("many.txt", listing("Nov 13", entries.toString()));
        site.importListings((title, abstractText) -> List.of(), List.of(root.resolve("many.txt")), null, 2025, false);
        List<String> lines = site.diagnostics().formatted();
        assertEquals(6, lines.size(), lines.toString());
        assertEquals("content/papers/paper-number-b.md:1: warning: matched no theme of the taxonomy; set \"themes\" by"
                + " hand if it has a clear topic", lines.get(0));
        assertEquals("content/papers/paper-number-g.md:1: warning: this and 2 more new papers matched no theme of the"
                + " taxonomy (8 in all) (add keywords to the themes of content/site.yaml and run `paperboy themes"
                + " assign`, or set \"themes\" by hand)", lines.get(5));
    }

    private ImportReport run(List<String> files, LocalDate date, Integer year, boolean dryRun) {
        return site.importListings(ThemeAssigner.NONE, files.stream().map(root::resolve).toList(), date, year, dryRun);
    }

    @Test
    void findsAPaperByItsListingTitleAfterTheCuratorRenamedIt() {
        site.importListings("nov14.txt");
        String kernels = "content/papers/neural-tangent-kernels.md";
        site.file(kernels, site.file(kernels).replace("---\ntitle: Neural Tangent Kernels\n", "---\ntitle: NTK, explained\n"));
        site.file("nov14.txt", listing("Nov 14", KERNELS.replace("Neural Tangent Kernels", "Neural tangent kernels.")));
        ImportReport report = site.importListings("nov14.txt");
        assertEquals(new ImportReport.Tally(0, 1, 0, 0), report.papers());
        assertTrue(site.file(kernels).startsWith("---\ntitle: NTK, explained\n"), site.file(kernels));
        assertTrue(site.file(kernels).contains("  title: Neural tangent kernels.\n"), site.file(kernels));
    }

    @Test
    void leavesAPaperWithBrokenFrontMatterAloneAndSaysWhy() {
        site.file("content/papers/neural-tangent-kernels.md", "---\ntitle: [unclosed\n---\n");
        ImportReport report = site.importListings("nov14.txt");
        assertEquals(new ImportReport.Tally(1, 0, 0, 1), report.papers());
        assertTrue(site.diagnostics().formatted().stream().anyMatch(line -> line.startsWith(
                "nov14.txt:7: error: paper \"Neural Tangent Kernels\" not imported")), site.diagnostics().formatted()
                .toString());
        assertEquals("---\ntitle: [unclosed\n---\n", site.file("content/papers/neural-tangent-kernels.md"));
    }

    private static Paper paper(Content content, String slug) {
        return content.papers().stream().filter(paper -> paper.slug().equals(slug)).findFirst().orElseThrow();
    }
}
