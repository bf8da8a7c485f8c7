package dev.paperboy.themes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final boolean[] ASCII_WORD_CHARS = asciiWordChars();
    /** By ISO-8859-1 byte: its lower case if ASCII but '?', else {@link #NOT_ASCII}. */
    private static final char NOT_ASCII = '\uFFFF';
    private static final char[] ASCII_LOWER_CASE = asciiLowerCase();

    private final Map<String, String> stems = new ConcurrentHashMap<>();

    String stem(String word) {
        String stem = stems.get(word);
        if (stem == null) {
            stem = Stemmer.stem(word);
            stems.putIfAbsent(word, stem);
        }
        return stem;
    }

    /**
     * Receives the words of a text in order, and each hyphenated compound right after its last part, as ranges of
     * the lower-cased text, so that a sink that can use them in place need not make Strings.
     */
    interface TokenSink {
        void word(char[] text, int start, int end);

        /** @param firstWord the index of the compound's first word; the compound keeps its hyphens */
        void compound(int firstWord, char[] text, int start, int end);
    }

    /**
     * Lower-cases with {@link Locale#ROOT} (so "TITLE" keeps its dotted i under a Turkish default locale) and
     * splits on every character that is not a letter or digit. Tokens never overlap words: "URL" is one token,
     * so it cannot match "rl".
     */
    static void scan(String text, TokenSink sink) {
        // An array, since String.charAt is a checked call for every character under the C1 compiler.
        char[] chars = lowerCase(text);
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
                closeCompound(sink, words, compoundWord, chars, compoundChar, previousEnd);
                compoundWord = words;
                compoundChar = start;
            }
            sink.word(chars, start, i);
            words++;
            previousEnd = i;
        }
        closeCompound(sink, words, compoundWord, chars, compoundChar, previousEnd);
    }

    /** {@link #scan} into stems and surfaces, remembering stems in this analyzer. */
    TokenSequence tokenize(String text) {
        List<String> surfaces = new ArrayList<>();
        Map<Integer, String> compounds = new HashMap<>();
        scan(text, new TokenSink() {
            @Override
            public void word(char[] lower, int start, int end) {
                surfaces.add(new String(lower, start, end - start));
            }

            @Override
            public void compound(int firstWord, char[] lower, int start, int end) {
                compounds.put(firstWord, new String(lower, start, end - start));
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

    private static void closeCompound(TokenSink sink, int endWord, int startWord, char[] text, int startChar,
                                      int endChar) {
        if (startWord >= 0 && endWord - startWord >= 2) {
            sink.compound(startWord, text, startChar, endChar);
        }
    }

    /**
     * The characters of {@code text.toLowerCase(Locale.ROOT)}. ASCII text, nearly all of it, is lower-cased in
     * one pass over a copy of String's own bytes (ISO-8859-1 is how String holds such text: the copy is one array
     * copy, where toCharArray widens char by char); other text goes through String's rules, which can change its
     * length (U+0130).
     */
    private static char[] lowerCase(String text) {
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        char[] chars = new char[latin1.length];
        for (int i = 0; i < latin1.length; i++) {
            char c = ASCII_LOWER_CASE[latin1[i] & 0xFF];
            // Not ASCII, or a '?', which is also what the copy holds for a character beyond ISO-8859-1 (at the
            // first such character indices still match: every one before it took one byte).
            if (c == NOT_ASCII && (latin1[i] != '?' || text.charAt(i) != '?')) {
                return text.toLowerCase(Locale.ROOT).toCharArray();
            }
            chars[i] = c == NOT_ASCII ? '?' : c;
        }
        return chars;
    }

    private static char[] asciiLowerCase() {
        char[] lower = new char[256];
        for (char c = 0; c < 128; c++) {
            lower[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        lower['?'] = NOT_ASCII;
        Arrays.fill(lower, 128, 256, NOT_ASCII);
        return lower;
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

    /** Kept small enough for the C1 compiler to inline it into {@link #scan}'s loops (at most 35 bytecodes). */
    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
    }

    private static boolean[] asciiWordChars() {
        boolean[] wordChars = new boolean[128];
        for (char c = 0; c < 128; c++) {
            wordChars[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return wordChars;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
