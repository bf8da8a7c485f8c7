package dev.paperboy.themes;

/**
 * How often each term occurs in one paper, terms by an id that is only stable within one corpus build, in no
 * particular order. Made by a {@link TermCounter}.
 */
final class TermCounts {
    private final int[] terms;
    private final int[] frequencies;

    TermCounts(int[] terms, int[] frequencies) {
        this.terms = terms;
        this.frequencies = frequencies;
    }

    int size() {
        return terms.length;
    }

    int term(int i) {
        return terms[i];
    }

    int frequency(int i) {
        return frequencies[i];
    }
}
