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
 * <p>Near-linear: an inverted index maps each term to the papers that contain it, and each paper's dot
 * products are accumulated over its own terms' postings only, so pairs of papers that share no term cost
 * nothing. Papers are processed in parallel blocks; every paper's sums run in a fixed order, so the result is
 * the same as a sequential run and independent of input order.
 */
public final class RelatedPapers {
    public static final int DEFAULT_MAX_RELATED = 5;
    public static final double DEFAULT_THRESHOLD = 0.1;
    private static final int BLOCK = 256;

    private RelatedPapers() {
    }

    /**
     * @return for every paper's slug (in slug order), up to {@code maxRelated} other papers whose similarity is
     *         at least {@code threshold}, best first, equal scores by slug; fewer, or none, when fewer qualify
     * @throws IllegalArgumentException if two papers share a slug, {@code maxRelated < 0} or the threshold is not
     *         positive
     */
    public static Map<String, List<Related>> compute(List<PaperText> papers, int maxRelated, double threshold) {
        if (maxRelated < 0) {
            throw new IllegalArgumentException("maxRelated must not be negative: " + maxRelated);
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be positive: " + threshold);
        }
        TfIdfCorpus corpus = TfIdfCorpus.of(papers);
        Postings postings = new Postings(corpus);
        int n = corpus.size();
        List<List<Related>> related = IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel()
                .mapToObj(b -> relatedInBlock(corpus, postings, b * BLOCK, Math.min(n, (b + 1) * BLOCK),
                        maxRelated, threshold))
                .flatMap(List::stream)
                .toList();
        Map<String, List<Related>> bySlug = new TreeMap<>();
        for (int d = 0; d < n; d++) {
            bySlug.put(corpus.slug(d), related.get(d));
        }
        return Collections.unmodifiableMap(bySlug);
    }

    private static List<List<Related>> relatedInBlock(TfIdfCorpus corpus, Postings postings, int from, int to,
                                                      int maxRelated, double threshold) {
        double[] dot = new double[corpus.size()];
        int[] touched = new int[corpus.size()];
        List<List<Related>> block = new ArrayList<>(to - from);
        for (int d = from; d < to; d++) {
            int touchedCount = postings.accumulate(corpus.vector(d), d, dot, touched);
            TopScores top = new TopScores(maxRelated);
            for (int i = 0; i < touchedCount; i++) {
                int other = touched[i];
                if (dot[other] >= threshold) {
                    top.offer(other, dot[other]);
                }
                dot[other] = 0;
            }
            block.add(top.toRelated(corpus));
        }
        return block;
    }

    /** The term → (paper, weight) lists, in paper order. */
    private static final class Postings {
        private final int[][] docs;
        private final double[][] weights;

        Postings(TfIdfCorpus corpus) {
            int[] lengths = new int[corpus.termCount()];
            for (int d = 0; d < corpus.size(); d++) {
                SparseVector v = corpus.vector(d);
                for (int i = 0; i < v.size(); i++) {
                    lengths[v.term(i)]++;
                }
            }
            docs = new int[lengths.length][];
            weights = new double[lengths.length][];
            for (int t = 0; t < lengths.length; t++) {
                docs[t] = new int[lengths[t]];
                weights[t] = new double[lengths[t]];
            }
            int[] filled = new int[lengths.length];
            for (int d = 0; d < corpus.size(); d++) {
                SparseVector v = corpus.vector(d);
                for (int i = 0; i < v.size(); i++) {
                    int t = v.term(i);
                    docs[t][filled[t]] = d;
                    weights[t][filled[t]++] = v.weight(i);
                }
            }
        }

        /** Adds {@code doc}'s dot product with every paper sharing a term to {@code dot}; returns how many. */
        int accumulate(SparseVector vector, int doc, double[] dot, int[] touched) {
            int count = 0;
            for (int i = 0; i < vector.size(); i++) {
                int[] postingDocs = docs[vector.term(i)];
                double[] postingWeights = weights[vector.term(i)];
                double w = vector.weight(i);
                for (int j = 0; j < postingDocs.length; j++) {
                    int other = postingDocs[j];
                    if (other != doc) {
                        if (dot[other] == 0) {
                            touched[count++] = other;
                        }
                        dot[other] += w * postingWeights[j];
                    }
                }
            }
            return count;
        }
    }

    /** The best few (paper, score) pairs seen, by score descending, then paper (slug) ascending. */
    private static final class TopScores {
        private final int[] docs;
        private final double[] scores;
        private int size;

        TopScores(int capacity) {
            docs = new int[capacity];
            scores = new double[capacity];
        }

        void offer(int doc, double score) {
            int at = size;
            while (at > 0 && ranksBefore(doc, score, docs[at - 1], scores[at - 1])) {
                at--;
            }
            if (at == docs.length) {
                return;
            }
            int last = Math.min(size, docs.length - 1);
            System.arraycopy(docs, at, docs, at + 1, last - at);
            System.arraycopy(scores, at, scores, at + 1, last - at);
            docs[at] = doc;
            scores[at] = score;
            size = Math.min(size + 1, docs.length);
        }

        private static boolean ranksBefore(int doc, double score, int otherDoc, double otherScore) {
            return score > otherScore || (score == otherScore && doc < otherDoc);
        }

        List<Related> toRelated(TfIdfCorpus corpus) {
            Related[] related = new Related[size];
            Arrays.setAll(related, i -> new Related(corpus.slug(docs[i]), scores[i]));
            return List.of(related);
        }
    }
}
