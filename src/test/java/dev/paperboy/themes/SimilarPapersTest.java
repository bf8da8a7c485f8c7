package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimilarPapersTest {
    private static final double THRESHOLD = SimilarPapers.DEFAULT_THRESHOLD;

    @Test
    void relatesPapersOfTheSameTopicOnly() {
        Map<String, List<SimilarPaper>> related = SimilarPapers.compute(SamplePapers.all(), 5, THRESHOLD);
        Set<String> diffusion = slugs(SamplePapers.DIFFUSION);
        for (PaperText paper : SamplePapers.DIFFUSION) {
            List<SimilarPaper> found = related.get(paper.slug());
            assertFalse(found.isEmpty(), paper.slug());
            assertTrue(diffusion.containsAll(found.stream().map(SimilarPaper::slug).toList()), found::toString);
        }
    }

    @Test
    void thresholdLeavesListsShortRatherThanFillingThem() {
        Map<String, List<SimilarPaper>> related = SimilarPapers.compute(SamplePapers.all(), 5, THRESHOLD);
        assertEquals(List.of(), related.get("protein-folding"));
        assertTrue(related.get("diffusion-images").size() <= 2);
        related.values().forEach(list -> list.forEach(r -> assertTrue(r.score() >= THRESHOLD)));
    }

    @Test
    void paperIsNeverRelatedToItself() {
        List<PaperText> papers = new SyntheticCorpus().papers(300);
        SimilarPapers.compute(papers, 5, 0.01).forEach((slug, list) ->
                assertTrue(list.stream().noneMatch(r -> r.slug().equals(slug)), slug));
    }

    @Test
    void everyPaperHasAnEntryInSlugOrder() {
        Map<String, List<SimilarPaper>> related = SimilarPapers.compute(SamplePapers.all(), 5, THRESHOLD);
        assertEquals(SamplePapers.all().stream().map(PaperText::slug).sorted().toList(),
                new ArrayList<>(related.keySet()));
    }

    @Test
    void shuffledInputGivesIdenticalOutput() {
        List<PaperText> papers = new SyntheticCorpus().papers(700);
        List<PaperText> shuffled = new ArrayList<>(papers);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(SimilarPapers.compute(papers, 5, 0.05), SimilarPapers.compute(shuffled, 5, 0.05));
    }

    @Test
    void indexedSearchFindsTheSameNeighboursAsComparingAllPairs() {
        List<PaperText> papers = new SyntheticCorpus().papers(600);
        Map<String, List<SimilarPaper>> related = SimilarPapers.compute(papers, 5, 0.05);
        TfIdfCorpus corpus = TfIdfCorpus.of(papers);
        for (int d = 0; d < corpus.size(); d++) {
            List<SimilarPaper> expected = new ArrayList<>();
            for (int e = 0; e < corpus.size(); e++) {
                double cosine = cosine(corpus.vector(d), corpus.vector(e));
                if (e != d && cosine >= 0.05) {
                    expected.add(new SimilarPaper(corpus.slug(e), cosine));
                }
            }
            expected.sort(Comparator.comparingDouble(SimilarPaper::score).reversed().thenComparing(SimilarPaper::slug));
            List<SimilarPaper> actual = related.get(corpus.slug(d));
            List<SimilarPaper> top = expected.subList(0, Math.min(5, expected.size()));
            assertEquals(top.stream().map(SimilarPaper::slug).toList(),
                    actual.stream().map(SimilarPaper::slug).toList());
            for (int i = 0; i < top.size(); i++) {
                assertEquals(top.get(i).score(), actual.get(i).score(), 1e-12);
            }
        }
    }

    @Test
    void rejectsDuplicateSlugs() {
        List<PaperText> papers = SamplePapers.concat(SamplePapers.DIFFUSION, SamplePapers.DIFFUSION);
        assertThrows(IllegalArgumentException.class, () -> SimilarPapers.compute(papers, 5, THRESHOLD));
    }

    private static double cosine(SparseVector a, SparseVector b) {
        double sum = 0;
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.term(i) == b.term(j)) {
                sum += a.weight(i++) * b.weight(j++);
            } else if (a.term(i) < b.term(j)) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private static Set<String> slugs(List<PaperText> papers) {
        return papers.stream().map(PaperText::slug).collect(Collectors.toSet());
    }
}
