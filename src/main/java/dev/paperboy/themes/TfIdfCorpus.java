package dev.paperboy.themes;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * TF-IDF vectors of papers over title, abstract and notes, papers sorted by slug and terms numbered
 * alphabetically, so that everything computed from them is independent of input order and thread timing.
 *
 * <p>Term frequency counts a title word {@value #TITLE_WEIGHT} times (the title names the topic); a term's
 * weight is {@code (1 + ln tf) * ln(1 + N / df)}. Each vector keeps only its {@value #MAX_TERMS} heaviest terms
 * (ties by term) and is then scaled to unit length: the tail of an abstract's vocabulary adds little to
 * similarity, but every kept term shared by many papers adds to the cost of comparing them.
 */
final class TfIdfCorpus {
    static final int TITLE_WEIGHT = 2;
    static final int MAX_TERMS = 40;
    /** Papers counted by one thread with one {@link TermCounter}. */
    private static final int COUNT_BLOCK = 512;

    private final List<String> slugs;
    private final SparseVector[] vectors;
    private final String[] terms;

    private TfIdfCorpus(List<String> slugs, SparseVector[] vectors, String[] terms) {
        this.slugs = slugs;
        this.vectors = vectors;
        this.terms = terms;
    }

    /** @throws IllegalArgumentException if two papers share a slug */
    static TfIdfCorpus of(List<PaperText> papers) {
        List<PaperText> sorted = sortedBySlug(papers);
        Vocabulary vocabulary = new Vocabulary();
        int blocks = (sorted.size() + COUNT_BLOCK - 1) / COUNT_BLOCK;
        List<TermCounts> counts = IntStream.range(0, blocks).parallel()
                .mapToObj(b -> {
                    TermCounter counter = new TermCounter(new WordIds(vocabulary));
                    return sorted.subList(b * COUNT_BLOCK, Math.min(sorted.size(), (b + 1) * COUNT_BLOCK)).stream()
                            .map(counter::count).toList();
                })
                .flatMap(List::stream)
                .toList();
        String[] firstSeen = vocabulary.stems();
        Integer[] alphabetical = new Integer[firstSeen.length];
        Arrays.setAll(alphabetical, i -> i);
        Arrays.sort(alphabetical, Comparator.comparing(i -> firstSeen[i]));
        String[] terms = new String[firstSeen.length];
        int[] idOf = new int[firstSeen.length];
        for (int id = 0; id < terms.length; id++) {
            terms[id] = firstSeen[alphabetical[id]];
            idOf[alphabetical[id]] = id;
        }
        int[] documentFrequency = new int[terms.length];
        for (TermCounts doc : counts) {
            for (int i = 0; i < doc.size(); i++) {
                documentFrequency[idOf[doc.term(i)]]++;
            }
        }
        double[] idf = new double[terms.length];
        Arrays.setAll(idf, id -> Math.log(1 + (double) sorted.size() / documentFrequency[id]));
        SparseVector[] vectors = IntStream.range(0, sorted.size()).parallel()
                .mapToObj(d -> vector(counts.get(d), idOf, idf))
                .toArray(SparseVector[]::new);
        return new TfIdfCorpus(sorted.stream().map(PaperText::slug).toList(), vectors, terms);
    }

    int size() {
        return vectors.length;
    }

    String slug(int doc) {
        return slugs.get(doc);
    }

    SparseVector vector(int doc) {
        return vectors[doc];
    }

    int termCount() {
        return terms.length;
    }

    String term(int id) {
        return terms[id];
    }

    private static List<PaperText> sortedBySlug(List<PaperText> papers) {
        List<PaperText> sorted = papers.stream().sorted(Comparator.comparing(PaperText::slug)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).slug().equals(sorted.get(i - 1).slug())) {
                throw new IllegalArgumentException("duplicate paper slug: " + sorted.get(i).slug());
            }
        }
        return sorted;
    }

    private static SparseVector vector(TermCounts counts, int[] idOf, double[] idf) {
        int size = counts.size();
        int[] ids = new int[size];
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            ids[i] = idOf[counts.term(i)];
            weights[i] = (1 + Math.log(counts.frequency(i))) * idf[ids[i]];
        }
        int[] kept = Heaviest.positions(weights, ids, MAX_TERMS);
        int[] keptIds = new int[kept.length];
        double[] keptWeights = new double[kept.length];
        double squares = 0;
        for (int k = 0; k < kept.length; k++) {
            int i = kept[k];
            keptIds[k] = ids[i];
            keptWeights[k] = weights[i];
            squares += weights[i] * weights[i];
        }
        double length = Math.sqrt(squares);
        for (int k = 0; k < kept.length; k++) {
            keptWeights[k] /= length;
        }
        return new SparseVector(keptIds, keptWeights);
    }
}
