package dev.paperboy.themes;

/**
 * The best few (paper, score) pairs offered, by score descending, equal scores by paper number ascending (papers
 * are numbered in slug order). A bounded heap whose root is the worst pair kept, so that once it is full a pair
 * that cannot get in costs one comparison with {@link #floor()}, and one that can costs a logarithmic number of
 * steps. Which pairs are kept depends only on the pairs offered, not on their order. Reusable after {@link #clear()}.
 */
final class TopScores {
    private final int[] docs;
    private final double[] scores;
    private int size;

    TopScores(int capacity) {
        docs = new int[capacity];
        scores = new double[capacity];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** The paper of the {@code i}-th pair kept, in no particular order. */
    int doc(int i) {
        return docs[i];
    }

    /** The score of the {@code i}-th pair kept, in no particular order. */
    double score(int i) {
        return scores[i];
    }

    /** A score below this cannot get in (one equal to it can, if its paper number is lower than the worst's). */
    double floor() {
        if (size < docs.length) {
            return Double.NEGATIVE_INFINITY;
        }
        return size == 0 ? Double.POSITIVE_INFINITY : scores[0];
    }

    void offer(int doc, double score) {
        if (size < docs.length) {
            siftUp(size++, doc, score);
        } else if (size > 0 && ranksBefore(doc, score, docs[0], scores[0])) {
            siftDown(doc, score);
        }
    }

    /** The indices of the pairs kept, best first. */
    int[] bestFirst() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            int at = i;
            while (at > 0 && ranksBefore(docs[i], scores[i], docs[order[at - 1]], scores[order[at - 1]])) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        return order;
    }

    /** Moves a new pair from the end up past the better pairs above it: every parent ranks after its children. */
    private void siftUp(int at, int doc, double score) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!ranksBefore(docs[parent], scores[parent], doc, score)) {
                break;
            }
            move(parent, at);
            at = parent;
        }
        put(at, doc, score);
    }

    /** Replaces the root (the worst pair) and moves the new pair down past the worse pairs below it. */
    private void siftDown(int doc, double score) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && ranksBefore(docs[child], scores[child], docs[child + 1], scores[child + 1])) {
                child++;
            }
            if (!ranksBefore(doc, score, docs[child], scores[child])) {
                break;
            }
            move(child, at);
            at = child;
        }
        put(at, doc, score);
    }

    private void move(int from, int to) {
        docs[to] = docs[from];
        scores[to] = scores[from];
    }

    private void put(int at, int doc, double score) {
        docs[at] = doc;
        scores[at] = score;
    }

    private static boolean ranksBefore(int doc, double score, int otherDoc, double otherScore) {
        return score > otherScore || (score == otherScore && doc < otherDoc);
    }
}
