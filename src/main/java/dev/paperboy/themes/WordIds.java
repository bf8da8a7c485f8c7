package dev.paperboy.themes;

import java.util.Arrays;

/**
 * The term numbers of words for one thread's share of a corpus: a table of the words it has seen, in front of
 * the shared {@link Vocabulary}, so that a repeated word (most words of a corpus) is looked up in place in the
 * text, without making a String of it or touching the shared map. Not thread-safe: one per block of papers.
 */
final class WordIds {
    private final Vocabulary vocabulary;
    private char[][] words = new char[4096][];
    private int[] ids = new int[4096];
    private int size;

    WordIds(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The term number of {@code text[start, end)}, or {@link Vocabulary#NOT_A_TERM}. */
    int id(char[] text, int start, int end) {
        int mask = words.length - 1;
        for (int slot = hash(text, start, end) & mask; ; slot = slot + 1 & mask) {
            char[] word = words[slot];
            if (word == null) {
                int id = vocabulary.id(new String(text, start, end - start));
                add(slot, Arrays.copyOfRange(text, start, end), id);
                return id;
            }
            if (sameChars(word, text, start, end)) {
                return ids[slot];
            }
        }
    }

    private void add(int slot, char[] word, int id) {
        words[slot] = word;
        ids[slot] = id;
        if (++size * 2 > words.length) {
            grow();
        }
    }

    private void grow() {
        char[][] oldWords = words;
        int[] oldIds = ids;
        words = new char[oldWords.length * 2][];
        ids = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            char[] word = oldWords[i];
            if (word != null) {
                int slot = hash(word, 0, word.length) & mask;
                while (words[slot] != null) {
                    slot = slot + 1 & mask;
                }
                words[slot] = word;
                ids[slot] = oldIds[i];
            }
        }
    }

    /** Arrays.equals without its range checks and call to a mismatch loop, which cost more on words this short. */
    private static boolean sameChars(char[] word, char[] text, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (word[i] != text[start + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text[i];
        }
        return hash ^ hash >>> 16;
    }
}
