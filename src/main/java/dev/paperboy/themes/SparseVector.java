package dev.paperboy.themes;

/** A unit-length document vector: term ids in ascending order and their weights. */
final class SparseVector {
    private final int[] terms;
    private final double[] weights;

    SparseVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    int size() {
        return terms.length;
    }

    int term(int i) {
        return terms[i];
    }

    double weight(int i) {
        return weights[i];
    }
}
