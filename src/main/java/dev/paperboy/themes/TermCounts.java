package dev.paperboy.themes;

import java.util.Arrays;

/** How often each term occurs in one paper, terms by an id that is only stable within one corpus build. */
final class TermCounts {
    private final int[] terms;
    private final int[] frequencies;

    private TermCounts(int[] terms, int[] frequencies) {
        this.terms = terms;
        this.frequencies = frequencies;
    }

    /** Counts title terms {@link TfIdfCorpus#TITLE_WEIGHT} times. */
    static TermCounts of(PaperText paper, WordIds words) {
        TermSink occurrences = new TermSink(words);
        for (int repeat = 0; repeat < TfIdfCorpus.TITLE_WEIGHT; repeat++) {
            Analyzer.scan(paper.title(), occurrences);
        }
        Analyzer.scan(paper.abstractText(), occurrences);
        Analyzer.scan(paper.notes(), occurrences);
        int[] sorted = occurrences.toSortedArray();
        int[] terms = new int[sorted.length];
        int[] frequencies = new int[sorted.length];
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (distinct > 0 && terms[distinct - 1] == sorted[i]) {
                frequencies[distinct - 1]++;
            } else {
                terms[distinct] = sorted[i];
                frequencies[distinct++] = 1;
            }
        }
        return new TermCounts(Arrays.copyOf(terms, distinct), Arrays.copyOf(frequencies, distinct));
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

    /** The term numbers of the words scanned so far. */
    private static final class TermSink implements Analyzer.TokenSink {
        private final WordIds words;
        private int[] values = new int[256];
        private int size;

        TermSink(WordIds words) {
            this.words = words;
        }

        @Override
        public void word(String word) {
            add(words.id(word));
        }

        @Override
        public void word(char[] text, int start, int end) {
            add(words.id(text, start, end));
        }

        @Override
        public void compound(int firstWord, String compound) {
            add(words.id(Analyzer.withoutHyphens(compound)));
        }

        private void add(int value) {
            if (value == Vocabulary.NOT_A_TERM) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toSortedArray() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }
}
