package dev.paperboy.themes;

/**
 * The inverted index of a {@link TfIdfCorpus}: for each term, the papers whose vectors have it and its weight there,
 * in paper order, cut to the term's {@link #MAX_POSTINGS} heaviest, so that a term shared by thousands of papers
 * cannot make finding related papers quadratic.
 */
final class Postings {
    /** Postings kept per term, the heaviest first. */
    static final int MAX_POSTINGS = 200;

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

    /**
     * Adds {@code vector}'s product with every paper in its terms' postings to {@code dot}, the paper itself
     * included, term by term in term order, and lists each paper the first time it gets a share in
     * {@code touched}.
     *
     * @param dot     all zeros, one per paper; the caller zeroes the entries it is given back in {@code touched}
     * @param touched one more entry than there are papers
     * @return how many papers {@code touched} lists
     */
    int accumulate(SparseVector vector, double[] dot, int[] touched) {
        int count = 0;
        for (int i = 0; i < vector.size(); i++) {
            int[] postingDocs = docs[vector.term(i)];
            double[] postingWeights = weights[vector.term(i)];
            double w = vector.weight(i);
            for (int j = 0; j < postingDocs.length; j++) {
                int other = postingDocs[j];
                double sum = dot[other];
                // Without a branch, which would be mispredicted for every third posting or so: lists the paper
                // always, but counts it only if its sum was 0 (sums are never negative: 0 is the only bit pattern
                // for which bits - 1 is negative).
                touched[count] = other;
                count += (int) ((Double.doubleToRawLongBits(sum) - 1) >>> 63);
                dot[other] = sum + w * postingWeights[j];
            }
        }
        return count;
    }
}
