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
 * <p>Near-linear: an inverted index maps each term to the papers that weigh it most (at most
 * {@link #MAX_POSTINGS} per term, so a term shared by thousands of papers cannot make the step quadratic), and
 * each paper's candidates are the papers found through its own terms' postings. The best candidates by that
 * partial score are then scored exactly (full cosine of the two vectors). For a term in fewer papers than the
 * cap nothing is cut, so small sites get exact results. Papers are processed in parallel blocks; every paper's
 * sums run in a fixed order, so the result is the same as a sequential run and independent of input order.
 */
public final class RelatedPapers {
    public static final int DEFAULT_MAX_RELATED = 5;
    public static final double DEFAULT_THRESHOLD = 0.1;
    private static final int BLOCK = 256;
    /** Postings kept per term, the heaviest first. */
    static final int MAX_POSTINGS = 200;
    /** Candidates scored exactly per paper, per related paper shown. */
    private static final int CANDIDATES_PER_RESULT = 8;

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
        double[] dense = new double[corpus.termCount()];
        List<List<Related>> block = new ArrayList<>(to - from);
        for (int d = from; d < to; d++) {
            SparseVector vector = corpus.vector(d);
            int touchedCount = postings.accumulate(vector, d, dot, touched);
            TopScores candidates = new TopScores(Math.max(1, maxRelated * CANDIDATES_PER_RESULT));
            for (int i = 0; i < touchedCount; i++) {
                candidates.offer(touched[i], dot[touched[i]]);
                dot[touched[i]] = 0;
            }
            for (int i = 0; i < vector.size(); i++) {
                dense[vector.term(i)] = vector.weight(i);
            }
            TopScores top = new TopScores(maxRelated);
            for (int i = 0; i < candidates.size; i++) {
                double exact = exactDot(dense, corpus.vector(candidates.docs[i]));
                if (exact >= threshold) {
                    top.offer(candidates.docs[i], exact);
                }
            }
            for (int i = 0; i < vector.size(); i++) {
                dense[vector.term(i)] = 0;
            }
            block.add(top.toRelated(corpus));
        }
        return block;
    }

    private static double exactDot(double[] dense, SparseVector other) {
        double sum = 0;
        for (int i = 0; i < other.size(); i++) {
            sum += dense[other.term(i)] * other.weight(i);
        }
        return sum;
    }

    /** The term → (paper, weight) lists, in paper order, cut to each term's heaviest postings. */
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
            for (int t = 0; t < lengths.length; t++) {
                if (lengths[t] > MAX_POSTINGS) {
                    keepHeaviest(t);
                }
            }
        }

        /** Keeps the term's {@link #MAX_POSTINGS} heaviest postings (ties by paper), in paper order. */
        private void keepHeaviest(int term) {
            int[] kept = Heaviest.positions(weights[term], docs[term], MAX_POSTINGS);
            int[] keptDocs = new int[kept.length];
            double[] keptWeights = new double[kept.length];
            for (int k = 0; k < kept.length; k++) {
                keptDocs[k] = docs[term][kept[k]];
                keptWeights[k] = weights[term][kept[k]];
            }
            docs[term] = keptDocs;
            weights[term] = keptWeights;
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
