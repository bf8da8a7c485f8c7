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

class RelatedPapersTest {
    private static final double THRESHOLD = RelatedPapers.DEFAULT_THRESHOLD;

    @Test
    void relatesPapersOfTheSameTopicOnly() {
        Map<String, List<Related>> related = RelatedPapers.compute(SamplePapers.all(), 5, THRESHOLD);
        Set<String> diffusion = slugs(SamplePapers.DIFFUSION);
        for (PaperText paper : SamplePapers.DIFFUSION) {
            List<Related> found = related.get(paper.slug());
            assertFalse(found.isEmpty(), paper.slug());
            assertTrue(diffusion.containsAll(found.stream().map(Related::slug).toList()), found::toString);
        }
    }

    @Test
    void thresholdLeavesListsShortRatherThanFillingThem() {
        Map<String, List<Related>> related = RelatedPapers.compute(SamplePapers.all(), 5, THRESHOLD);
        assertEquals(List.of(), related.get("protein-folding"));
        assertTrue(related.get("diffusion-images").size() <= 2);
        related.values().forEach(list -> list.forEach(r -> assertTrue(r.score() >= THRESHOLD)));
    }

    @Test
    void paperIsNeverRelatedToItself() {
        List<PaperText> papers = new SyntheticCorpus().papers(300);
        RelatedPapers.compute(papers, 5, 0.01).forEach((slug, list) ->
                assertTrue(list.stream().noneMatch(r -> r.slug().equals(slug)), slug));
    }

    @Test
    void everyPaperHasAnEntryInSlugOrder() {
        Map<String, List<Related>> related = RelatedPapers.compute(SamplePapers.all(), 5, THRESHOLD);
        assertEquals(SamplePapers.all().stream().map(PaperText::slug).sorted().toList(),
                new ArrayList<>(related.keySet()));
    }

    @Test
    void shuffledInputGivesIdenticalOutput() {
        List<PaperText> papers = new SyntheticCorpus().papers(700);
        List<PaperText> shuffled = new ArrayList<>(papers);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(RelatedPapers.compute(papers, 5, 0.05), RelatedPapers.compute(shuffled, 5, 0.05));
    }

    @Test
    void indexedSearchFindsTheSameNeighboursAsComparingAllPairs() {
        List<PaperText> papers = new SyntheticCorpus().papers(600);
        Map<String, List<Related>> related = RelatedPapers.compute(papers, 5, 0.05);
        TfIdfCorpus corpus = TfIdfCorpus.of(papers);
        for (int d = 0; d < corpus.size(); d++) {
            List<Related> expected = new ArrayList<>();
            for (int e = 0; e < corpus.size(); e++) {
                double cosine = cosine(corpus.vector(d), corpus.vector(e));
                if (e != d && cosine >= 0.05) {
                    expected.add(new Related(corpus.slug(e), cosine));
                }
            }
            expected.sort(Comparator.comparingDouble(Related::score).reversed().thenComparing(Related::slug));
            List<Related> actual = related.get(corpus.slug(d));
            List<Related> top = expected.subList(0, Math.min(5, expected.size()));
            assertEquals(top.stream().map(Related::slug).toList(), actual.stream().map(Related::slug).toList());
            for (int i = 0; i < top.size(); i++) {
                assertEquals(top.get(i).score(), actual.get(i).score(), 1e-12);
            }
        }
    }

    @Test
    void rejectsDuplicateSlugs() {
        List<PaperText> papers = SamplePapers.concat(SamplePapers.DIFFUSION, SamplePapers.DIFFUSION);
        assertThrows(IllegalArgumentException.class, () -> RelatedPapers.compute(papers, 5, THRESHOLD));
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
