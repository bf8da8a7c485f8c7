package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import dev.paperboy.content.SourceMap;
import dev.paperboy.yaml.YamlPositions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BibTeX keys: made of surname, year and title word in ASCII, unique, and stable as new digests come. */
class CitationKeysTest {
    @Test
    void keysAreSurnameYearAndFirstTitleWordInAscii() {
        CitationKeys keys = CitationKeys.of(List.of(
                entry("a", "The Müller Effect", List.of("Zoë Müller"), "2024-01-01"),
                entry("b", "A Study: of Things", List.of("Martin Luther King Jr."), "2024-01-01"),
                entry("c", "深度 Learning", List.of("李 明"), "2024-01-01"),
                entry("d", "Łódź Streets", List.of(), "2023-05-01")));
        assertEquals("muller2024muller", keys.key("a"), "\"The\" skipped, accents dropped");
        assertEquals("king2024study", keys.key("b"), "a suffix such as Jr. is not the surname");
        assertEquals("anon2024learning", keys.key("c"), "no Latin letters in the name, none from the title word");
        assertEquals("anon2023lodz", keys.key("d"));
    }

    @Test
    void papersOfANewDigestNeverChangeTheKeysOfOlderOnes() {
        List<PaperEntry> papers = new ArrayList<>(List.of(
                entry("x-second", "Attention", List.of("A Vaswani"), "2024-02-01"),
                entry("z-first", "Attention", List.of("A Vaswani"), "2024-01-01")));
        CitationKeys before = CitationKeys.of(papers);
        assertEquals("vaswani2024attention", before.key("z-first"), "first seen keeps the plain key");
        assertEquals("vaswani2024attentionb", before.key("x-second"));
        papers.add(entry("a-newest", "Attention", List.of("A Vaswani"), "2024-03-01"));
        CitationKeys after = before.patched(papers, find(papers), Set.of("a-newest"));
        assertEquals(List.of("vaswani2024attention", "vaswani2024attentionb", "vaswani2024attentionc"),
                List.of(after.key("z-first"), after.key("x-second"), after.key("a-newest")));
        assertEquals(List.of(after.key("z-first"), after.key("x-second"), after.key("a-newest")),
                List.of(CitationKeys.of(papers).key("z-first"), CitationKeys.of(papers).key("x-second"),
                        CitationKeys.of(papers).key("a-newest")), "a patch gives what a full assignment gives");
    }

    @Test
    void aLetteredKeyNeverTakesAnotherPapersPlainKey() {
        CitationKeys keys = CitationKeys.of(List.of(
                entry("one", "Net", List.of("B Smith"), "2024-01-01"),
                entry("two", "Net", List.of("B Smith"), "2024-02-01"),
                entry("three", "Netb", List.of("B Smith"), "2024-03-01")));
        assertEquals(List.of("smith2024net", "smith2024netc", "smith2024netb"),
                List.of(keys.key("one"), keys.key("two"), keys.key("three")));
    }

    @Test
    void anEditThatKeepsAnUnsharedKeyKeepsEveryKeyWithoutReassigningThem() {
        List<PaperEntry> papers = twoAttentionsAnd(entry("c", "Diffusion", List.of("J Ho"), "2024-01-01"));
        CitationKeys before = CitationKeys.of(papers);
        papers.set(2, entry("c", "Diffusion models, retitled", List.of("J Ho"), "2024-01-01"));
        assertSame(before, before.patched(papers, find(papers), Set.of("c")));
        papers.set(2, entry("c", "Denoising diffusion", List.of("J Ho"), "2024-01-01"));
        CitationKeys moved = before.patched(papers, find(papers), Set.of("c"));
        assertEquals(List.of("vaswani2024attention", "vaswani2024attentionb", "ho2024denoising"),
                List.of(moved.key("a"), moved.key("b"), moved.key("c")));
        CitationKeys anew = CitationKeys.of(papers);
        assertEquals(List.of(anew.key("a"), anew.key("b"), anew.key("c")), List.of(moved.key("a"), moved.key("b"),
                moved.key("c")), "as assigned anew");
        papers.set(1, entry("b", "Attention is all", List.of("A Vaswani"), "2024-02-01"));
        assertNotSame(before, before.patched(papers, find(papers), Set.of("b")), "a shared key: order decides");
    }

    @Test
    void aFreedKeyThatALetteredKeySkippedIsTakenAsAnewAssignmentTakesIt() {
        List<PaperEntry> papers = twoAttentionsAnd(entry("c", "Attentionb", List.of("A Vaswani"), "2024-01-01"));
        CitationKeys before = CitationKeys.of(papers);
        assertEquals("vaswani2024attentionc", before.key("b"), "b skips the key c has");
        papers.set(2, entry("c", "Transformers", List.of("A Vaswani"), "2024-01-01"));
        CitationKeys after = before.patched(papers, find(papers), Set.of("c"));
        assertEquals(List.of("vaswani2024attentionb", "vaswani2024transformers"), List.of(after.key("b"),
                after.key("c")));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aPatchAlwaysGivesTheKeysOfAFullAssignment(long seed) {
        Random random = new Random(seed);
        List<String> words = List.of("Net", "Netb", "Nets", "Attention", "Diffusion", "Diffusionc");
        List<String> names = List.of("A Smith", "B Smith", "C Jones");
        List<String> dates = List.of("2024-01-01", "2024-02-01", "2024-03-01");
        Function<Integer, PaperEntry> make = i -> entry("p" + i, words.get(random.nextInt(words.size())) + " study",
                List.of(names.get(random.nextInt(names.size()))), dates.get(random.nextInt(dates.size())));
        List<PaperEntry> papers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            papers.add(make.apply(i));
        }
        CitationKeys keys = CitationKeys.of(papers);
        for (int edit = 0; edit < 60; edit++) {
            Set<String> changed = new HashSet<>();
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                int i = random.nextInt(papers.size());
                papers.set(i, make.apply(i));
                changed.add("p" + i);
            }
            keys = keys.patched(papers, find(papers), changed);
            CitationKeys anew = CitationKeys.of(papers);
            for (PaperEntry entry : papers) {
                String slug = entry.paper().slug();
                assertEquals(anew.key(slug), keys.key(slug), "seed " + seed + ", edit " + edit + ", " + slug);
            }
        }
    }

    /** Papers a and b share the plain key vaswani2024attention, a seen first; then {@code third}. */
    private static List<PaperEntry> twoAttentionsAnd(PaperEntry third) {
        return new ArrayList<>(List.of(entry("a", "Attention", List.of("A Vaswani"), "2024-01-01"),
                entry("b", "Attention", List.of("A Vaswani"), "2024-02-01"), third));
    }

    private static Function<String, Optional<PaperEntry>> find(List<PaperEntry> papers) {
        return slug -> papers.stream().filter(entry -> entry.paper().slug().equals(slug)).findFirst();
    }

    private static PaperEntry entry(String slug, String title, List<String> authors, String digestDate) {
        Paper paper = new Paper(slug, title, null, "", null, authors, null, null, null, List.of(), null, null,
                List.of(), List.of(), false, "", new SourceMap(YamlPositions.of("content/papers/" + slug + ".md",
                        Map.of()), 3));
        Digest digest = Contents.digest(digestDate, false, slug);
        return new PaperEntry(paper, List.of(digest), null, null);
    }
}
