package dev.paperboy.themes;

import java.util.Arrays;

/**
 * Counts the terms of papers one after another, in scratch arrays it reuses, so a word costs a look-up and an
 * increment. Not thread-safe: one per block of papers, like its {@link WordIds}.
 */
final class TermCounter implements Analyzer.TokenSink {
    private final WordIds words;
    /** By term number; all zero between papers. */
    private int[] counts = new int[1024];
    /** The terms of the paper being counted, in the order first seen. */
    private int[] distinct = new int[256];
    private int distinctCount;
    private char[] joined = new char[64];
    /** How many times each word being scanned counts. */
    private int weight;

    TermCounter(WordIds words) {
        this.words = words;
    }

    /** Counts title terms {@link TfIdfCorpus#TITLE_WEIGHT} times. */
    TermCounts count(PaperText paper) {
        weight = TfIdfCorpus.TITLE_WEIGHT;
        Analyzer.scan(paper.title(), this);
        weight = 1;
        Analyzer.scan(paper.abstractText(), this);
        Analyzer.scan(paper.notes(), this);
        int[] terms = Arrays.copyOf(distinct, distinctCount);
        int[] frequencies = new int[distinctCount];
        for (int i = 0; i < distinctCount; i++) {
            frequencies[i] = counts[terms[i]];
            counts[terms[i]] = 0;
        }
        distinctCount = 0;
        return new TermCounts(terms, frequencies);
    }

    @Override
    public void word(char[] text, int start, int end) {
        add(words.id(text, start, end));
    }

    @Override
    public void compound(int firstWord, char[] text, int start, int end) {
        if (joined.length < end - start) {
            joined = new char[end - start];
        }
        int length = 0;
        for (int i = start; i < end; i++) {
            if (!Analyzer.isHyphen(text[i])) {
                joined[length++] = text[i];
            }
        }
        add(words.id(joined, 0, length));
    }

    private void add(int term) {
        if (term == Vocabulary.NOT_A_TERM) {
            return;
        }
        if (term >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(term + 1, counts.length * 2));
        }
        if (counts[term] == 0) {
            if (distinctCount == distinct.length) {
                distinct = Arrays.copyOf(distinct, distinctCount * 2);
            }
            distinct[distinctCount++] = term;
        }
        counts[term] += weight;
    }
}
