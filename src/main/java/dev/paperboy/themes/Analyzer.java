package dev.paperboy.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Splits text into word tokens and picks the ones that carry topic: the one text pipeline of this package.
 * Remembers the stem of every word it has seen (a corpus repeats its few tens of thousands of words millions
 * of times), so an instance is meant for one corpus or one taxonomy; it is safe to share between threads.
 */
final class Analyzer {
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    String stem(String word) {
        String stem = stems.get(word);
        if (stem == null) {
            stem = Stemmer.stem(word);
            stems.putIfAbsent(word, stem);
        }
        return stem;
    }

    /** Receives the words of a text in order, and each hyphenated compound right after its last part. */
    interface TokenSink {
        void word(String word);

        /** The word {@code text[start, end)}; a sink that can use it in place need not make a String. */
        default void word(char[] text, int start, int end) {
            word(new String(text, start, end - start));
        }

        /** @param firstWord the index of the compound's first word; {@code compound} keeps its hyphens */
        void compound(int firstWord, String compound);
    }

    /**
     * Lower-cases with {@link Locale#ROOT} (so "TITLE" keeps its dotted i under a Turkish default locale) and
     * splits on every character that is not a letter or digit. Tokens never overlap words: "URL" is one token,
     * so it cannot match "rl".
     */
    static void scan(String text, TokenSink sink) {
        String lower = text.toLowerCase(Locale.ROOT);
        // An array, since String.charAt is a checked call for every character under the C1 compiler.
        char[] chars = lower.toCharArray();
        int words = 0;
        int compoundWord = -1;
        int compoundChar = -1;
        int previousEnd = -2;
        int i = 0;
        while (i < chars.length) {
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < chars.length && isWordChar(chars[i])) {
                i++;
            }
            if (previousEnd != start - 1 || !isHyphen(chars[previousEnd])) {
                closeCompound(sink, words, compoundWord, lower, compoundChar, previousEnd);
                compoundWord = words;
                compoundChar = start;
            }
            sink.word(chars, start, i);
            words++;
            previousEnd = i;
        }
        closeCompound(sink, words, compoundWord, lower, compoundChar, previousEnd);
    }

    /** {@link #scan} into stems and surfaces, remembering stems in this analyzer. */
    TokenSequence tokenize(String text) {
        List<String> surfaces = new ArrayList<>();
        Map<Integer, String> compounds = new HashMap<>();
        scan(text, new TokenSink() {
            @Override
            public void word(String word) {
                surfaces.add(word);
            }

            @Override
            public void compound(int firstWord, String compound) {
                compounds.put(firstWord, compound);
            }
        });
        String[] joined = new String[surfaces.size()];
        compounds.forEach((firstWord, compound) -> joined[firstWord] = compound);
        return new TokenSequence(surfaces, joined, this);
    }

    /**
     * Passes each topical term of the text with its surface form to {@code sink}: stems that are not stop words,
     * not single characters and not bare numbers, plus the joined form of each hyphenated compound.
     */
    static void forEachTerm(TokenSequence tokens, BiConsumer<String, String> sink) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isTopical(tokens.stem(i))) {
                sink.accept(tokens.stem(i), tokens.surface(i));
            }
            if (tokens.joinedStem(i) != null && isTopical(tokens.joinedStem(i))) {
                sink.accept(tokens.joinedStem(i), tokens.joinedSurface(i));
            }
        }
    }

    static String withoutHyphens(String compound) {
        StringBuilder out = new StringBuilder(compound.length());
        for (int i = 0; i < compound.length(); i++) {
            if (!isHyphen(compound.charAt(i))) {
                out.append(compound.charAt(i));
            }
        }
        return out.toString();
    }

    private static void closeCompound(TokenSink sink, int endWord, int startWord, String text, int startChar,
                                      int endChar) {
        if (startWord >= 0 && endWord - startWord >= 2) {
            sink.compound(startWord, text.substring(startChar, endChar));
        }
    }

    static boolean isTopical(String stem) {
        return stem.length() > 1 && !isNumber(stem) && !StopWords.contains(stem);
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
