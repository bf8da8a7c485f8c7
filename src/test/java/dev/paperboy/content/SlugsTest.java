package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {
    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Universal Approximation Theorem for a Single-Layer Transformer|universal-approximation-theorem-for-a-single-layer-transformer",
            "DeepONet: Learning nonlinear operators|deeponet-learning-nonlinear-operators",
            "Schrödinger Bridges for Hölder Spaces|schrodinger-bridges-for-holder-spaces",
            "Straße, Æther, Øresund, Œuvre, Łódź|strasse-aether-oresund-oeuvre-lodz",
            "Idle İstanbul ılık|idle-istanbul-ilik",
            "Q&A: R&D|q-and-a-r-and-d",
            "  --Spaces   and -- dashes--  |spaces-and-dashes",
            "What Can Be Learnt With Wide Convolutional Neural Networks?|what-can-be-learnt-with-wide-convolutional-neural-networks"})
    void makesReadableAsciiSlugsFromTitles(String title, String slug) {
        assertEquals(slug, Slugs.fromTitle(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "/abs", "..\\\\windows\\\\system32", "con", "NUL", "aux", "com1", "LPT9",
            ".hidden", "..", ".", "深度学习", "😀🚀", "∂∇Ω", "---", "", " ", "a/b\\c:d*e?f\"g<h>i|j", "\u0000\u202e"})
    void makesSafeSlugsFromHostileTitles(String title) {
        String slug = Slugs.fromTitle(title);
        assertTrue(Slugs.isValid(slug), slug);
        Path papers = Path.of("content", "papers").toAbsolutePath();
        assertEquals(papers, AtomicFiles.inside(papers, slug + ".md").getParent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "μ_0: A Scalable Policy|mu-0-a-scalable-policy",
            "π_RL: Online RL Fine-tuning|pi-rl-online-rl-fine-tuning",
            "Mem-α: Learning Memory Construction|mem-alpha-learning-memory-construction",
            "αβ-CROWN and Σ-Nets, µP and ϵ-greedy, ά|alpha-beta-crown-and-sigma-nets-mu-p-and-epsilon-greedy-alpha"})
    void spellsGreekLettersOut(String title, String slug) {
        assertEquals(slug, Slugs.fromTitle(title));
    }

    @Test
    void neverEndsACutOnALoneNumberThatLooksLikeACollisionSuffix() {
        String title = "A Long Study of Scaling Language Models Beyond Reason: An Exploration of 8 Billion Parameters";
        assertEquals("a-long-study-of-scaling-language-models-beyond-reason-an-exploration-of", Slugs.fromTitle(title));
        assertEquals("a", Slugs.fromTitle("a" + " 12345".repeat(30)));
    }

    @Test
    void avoidsWindowsDeviceNames() {
        assertEquals("con-paper", Slugs.fromTitle("CON"));
        assertEquals("nul-paper", Slugs.fromTitle("nul"));
        assertEquals("console", Slugs.fromTitle("Console"));
    }

    @Test
    void givesTitlesWithoutLatinLettersAStableHashedSlug() {
        String slug = Slugs.fromTitle("深度学习");
        assertTrue(slug.matches("paper-[0-9a-f]{8}"), slug);
        assertEquals(slug, Slugs.fromTitle("深度学习"));
        assertNotEquals(slug, Slugs.fromTitle("机器学习"));
    }

    @Test
    void cutsLongTitlesOnAWordBoundary() {
        String slug = Slugs.fromTitle("word ".repeat(2_000));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(slug.endsWith("word"), slug);
        String oneWord = Slugs.fromTitle("x".repeat(10_000));
        assertEquals(Slugs.MAX_LENGTH, oneWord.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE", "en-US"})
    void givesTheSameSlugsUnderEveryDefaultLocale(String locale) {
        Locale.setDefault(Locale.forLanguageTag(locale));
        assertEquals("title-with-dotted-i-istanbul", Slugs.fromTitle("TITLE WITH DOTTED I İSTANBUL"));
        assertEquals("identity", Slugs.identity("IDENTITY"));
        assertEquals(Slugs.identity("Foo: Bar!"), Slugs.identity("foo   bar"));
    }

    @Test
    void identityIgnoresCaseWhitespaceAndPunctuation() {
        assertEquals(Slugs.identity("DeepONet: Learning Operators"), Slugs.identity("deeponet — learning operators."));
        assertNotEquals(Slugs.identity("Learning operators"), Slugs.identity("Learning operator"));
        assertNotEquals(Slugs.identity("😀"), Slugs.identity("🚀"));
    }

    @Test
    void allocatesNumberedSlugsToDifferentPapersWithTheSameSlugInOrder() {
        SlugAllocator allocator = new SlugAllocator(List.of("q-and-a"), List.of(), List.of());
        assertEquals("q-and-a-2", allocator.slugFor(null, "Q&A").orElseThrow());
        assertEquals("q-and-a-3", allocator.slugFor(null, "Q and A").orElseThrow());
        assertEquals("q-and-a-2", allocator.slugFor(null, "q & a!").orElseThrow());
    }

    /** Numbering skips slugs taken on disk and by titles whose own slug looks numbered, in any order. */
    @Test
    void numbersPastEverySlugAlreadyTaken() {
        SlugAllocator allocator = new SlugAllocator(List.of("paper", "paper-3"), List.of(), List.of());
        assertEquals("paper-2", allocator.slugFor(null, "Paper 一").orElseThrow());
        assertEquals("paper-4", allocator.slugFor(null, "Paper 二").orElseThrow());
        assertEquals("paper-5", allocator.slugFor(null, "Paper 5").orElseThrow());
        assertEquals("paper-6", allocator.slugFor(null, "Paper 三").orElseThrow());
        assertEquals("paper-4-2", allocator.slugFor(null, "Paper 4").orElseThrow());
        assertEquals("paper-4", allocator.slugFor(null, "paper 二!").orElseThrow());
    }

    @Test
    void refusesToPlaceAFileOutsideItsFolder() {
        Path papers = Path.of("content", "papers");
        for (String name : List.of("../x.md", "/abs.md", ".hidden.md", "", "a/b.md", "..")) {
            assertThrows(IllegalArgumentException.class, () -> AtomicFiles.inside(papers, name), name);
        }
    }
}
