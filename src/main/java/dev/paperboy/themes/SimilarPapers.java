package dev.paperboy.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Finds each paper's most similar papers by cosine similarity of TF-IDF vectors (see {@link TfIdfCorpus}).
 *
 * <p>Near-linear: an inverted index ({@link Postings}) maps each term to the papers that weigh it most, at most
 * {@link Postings#MAX_POSTINGS} per term, so a term shared by thousands of papers cannot make the step quadratic; and
 * each paper's candidates are the papers found through its own terms' postings. The best candidates by that
 * partial score are then scored exactly (full cosine of the two vectors). For a term in fewer papers than the
 * cap nothing is cut, so small sites get exact results. Papers are processed in parallel blocks; every paper's
 * sums run in a fixed order, so the result is the same as a sequential run and independent of input order.
 */
public final class SimilarPapers {
    public static final int DEFAULT_MAX_RELATED = 5;
    public static final double DEFAULT_THRESHOLD = 0.1;
    /** Fewest papers per parallel block: each block has its own scratch arrays, as long as the corpus. */
    private static final int MIN_BLOCK = 256;
    /** Blocks per core: enough for the cores to share the work evenly, few enough to allocate little scratch. */
    private static final int BLOCKS_PER_CORE = 8;
    /** Candidates scored exactly per paper, per related paper shown. */
    private static final int CANDIDATES_PER_RESULT = 8;

    private SimilarPapers() {
    }

    /**
     * @return for every paper's slug (in slug order), up to {@code maxRelated} other papers whose similarity is
     *         at least {@code threshold}, best first, equal scores by slug; fewer, or none, when fewer qualify
     * @throws IllegalArgumentException if two papers share a slug, {@code maxRelated < 0} or the threshold is not
     *         positive
     */
    public static Map<String, List<SimilarPaper>> compute(List<PaperText> papers, int maxRelated, double threshold) {
        if (maxRelated < 0) {
            throw new IllegalArgumentException("maxRelated must not be negative: " + maxRelated);
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be positive: " + threshold);
        }
        TfIdfCorpus corpus = TfIdfCorpus.of(papers);
        Postings postings = new Postings(corpus);
        int n = corpus.size();
        int block = Math.max(MIN_BLOCK, ceilDiv(n, BLOCKS_PER_CORE * Runtime.getRuntime().availableProcessors()));
        List<List<SimilarPaper>> related = IntStream.range(0, ceilDiv(n, block)).parallel()
                .mapToObj(b -> new Search(corpus, postings, maxRelated, threshold)
                        .relatedOf(b * block, Math.min(n, (b + 1) * block)))
                .flatMap(List::stream)
                .toList();
        Map<String, List<SimilarPaper>> bySlug = new TreeMap<>();
        for (int d = 0; d < n; d++) {
            bySlug.put(corpus.slug(d), related.get(d));
        }
        return Collections.unmodifiableMap(bySlug);
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /** The scratch space of one block of papers, used by one thread and reused from paper to paper. */
    private static final class Search {
        private final TfIdfCorpus corpus;
        private final Postings postings;
        private final double threshold;
        private final double[] dot;
        private final int[] touched;
        private final double[] dense;
        private final TopScores candidates;
        private final TopScores top;

        Search(TfIdfCorpus corpus, Postings postings, int maxRelated, double threshold) {
            this.corpus = corpus;
            this.postings = postings;
            this.threshold = threshold;
            dot = new double[corpus.size()];
            touched = new int[corpus.size() + 1];
            dense = new double[corpus.termCount()];
            candidates = new TopScores(Math.max(1, maxRelated * CANDIDATES_PER_RESULT));
            top = new TopScores(maxRelated);
        }

        List<List<SimilarPaper>> relatedOf(int from, int to) {
            List<List<SimilarPaper>> related = new ArrayList<>(to - from);
            for (int d = from; d < to; d++) {
                related.add(relatedOf(d));
            }
            return related;
        }

        private List<SimilarPaper> relatedOf(int doc) {
            SparseVector vector = corpus.vector(doc);
            pickCandidates(doc, postings.accumulate(vector, dot, touched));
            rankExactly(vector);
            int[] order = top.bestFirst();
            SimilarPaper[] related = new SimilarPaper[order.length];
            Arrays.setAll(related, i -> new SimilarPaper(corpus.slug(top.doc(order[i])), top.score(order[i])));
            return List.of(related);
        }

        /** Keeps the best candidates by partial score, and zeroes {@link #dot} for the next paper. */
        private void pickCandidates(int doc, int touchedCount) {
            candidates.clear();
            double floor = candidates.floor();
            for (int i = 0; i < touchedCount; i++) {
                int other = touched[i];
                double partial = dot[other];
                dot[other] = 0;
                if (partial >= floor && other != doc) {
                    candidates.offer(other, partial);
                    floor = candidates.floor();
                }
            }
        }

        /** Keeps the best candidates by cosine, those at or above the threshold. */
        private void rankExactly(SparseVector vector) {
            for (int i = 0; i < vector.size(); i++) {
                dense[vector.term(i)] = vector.weight(i);
            }
            top.clear();
            for (int i = 0; i < candidates.size(); i++) {
                double exact = exactDot(corpus.vector(candidates.doc(i)));
                if (exact >= threshold) {
                    top.offer(candidates.doc(i), exact);
                }
            }
            for (int i = 0; i < vector.size(); i++) {
                dense[vector.term(i)] = 0;
            }
        }

        private double exactDot(SparseVector other) {
            double sum = 0;
            for (int i = 0; i < other.size(); i++) {
                sum += dense[other.term(i)] * other.weight(i);
            }
            return sum;
        }
    }
}
