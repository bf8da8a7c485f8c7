package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ThemeSuggesterTest {
    private static final List<PaperText> TWO_TOPICS =
            SamplePapers.concat(SamplePapers.DIFFUSION, SamplePapers.REINFORCEMENT);

    @Test
    void separatesTwoDistinctTopics() {
        List<Suggestion> suggestions = ThemeSuggester.suggest(TWO_TOPICS, Map.of(), 2);
        Set<Set<String>> clusters = suggestions.stream()
                .map(s -> Set.copyOf(s.paperSlugs())).collect(Collectors.toSet());
        assertEquals(Set.of(slugs(SamplePapers.DIFFUSION), slugs(SamplePapers.REINFORCEMENT)), clusters);
    }

    @Test
    void namesClustersAfterTheirTopTermsAsWritten() {
        Suggestion diffusion = ThemeSuggester.suggest(TWO_TOPICS, Map.of(), 2).stream()
                .filter(s -> s.paperSlugs().contains("diffusion-images")).findFirst().orElseThrow();
        assertEquals("diffusion", diffusion.topTerms().get(0));
        assertTrue(diffusion.topTerms().contains("image"), diffusion.topTerms()::toString);
        assertTrue(diffusion.proposedName().startsWith("Diffusion / "), diffusion.proposedName());
        assertEquals(3, diffusion.proposedName().split(" / ").length);
    }

    @Test
    void countsOverlapWithCurrentThemesMostFirst() {
        Map<String, List<String>> themes = Map.of(
                "diffusion-images", List.of("vision", "generative"),
                "diffusion-latent", List.of("generative"),
                "diffusion-sampling", List.of("generative", "efficiency"),
                "rl-offline", List.of("rl"));
        Suggestion diffusion = ThemeSuggester.suggest(TWO_TOPICS, themes, 2).stream()
                .filter(s -> s.paperSlugs().contains("diffusion-images")).findFirst().orElseThrow();
        assertEquals(List.of(Map.entry("generative", 3), Map.entry("efficiency", 1), Map.entry("vision", 1)),
                List.copyOf(diffusion.overlapWithThemes().entrySet()));
    }

    @Test
    void sameContentGivesSameSuggestionsInAnyOrder() {
        List<PaperText> papers = new SyntheticCorpus().papers(400);
        List<PaperText> shuffled = new ArrayList<>(papers);
        Collections.shuffle(shuffled, new Random(11));
        List<Suggestion> first = ThemeSuggester.suggest(papers, Map.of());
        assertEquals(first, ThemeSuggester.suggest(papers, Map.of()));
        assertEquals(first, ThemeSuggester.suggest(shuffled, Map.of()));
        assertEquals(ThemeSuggester.defaultClusterCount(400), first.size());
    }

    @Test
    void neverMakesMoreClustersThanPapers() {
        assertEquals(List.of(), ThemeSuggester.suggest(List.of(), Map.of(), 5));
        List<Suggestion> one = ThemeSuggester.suggest(List.of(SamplePapers.PROTEINS), Map.of(), 5);
        assertEquals(List.of(List.of("protein-folding")), one.stream().map(Suggestion::paperSlugs).toList());
    }

    @Test
    void defaultClusterCountGrowsWithSquareRootWithinBounds() {
        assertEquals(2, ThemeSuggester.defaultClusterCount(0));
        assertEquals(2, ThemeSuggester.defaultClusterCount(8));
        assertEquals(10, ThemeSuggester.defaultClusterCount(200));
        assertEquals(20, ThemeSuggester.defaultClusterCount(10_000));
    }

    private static Set<String> slugs(List<PaperText> papers) {
        return papers.stream().map(PaperText::slug).collect(Collectors.toSet());
    }
}
