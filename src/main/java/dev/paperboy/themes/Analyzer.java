package dev.paperboy.themes;

import java.util.ArrayList;
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

    /**
     * Lower-cases with {@link Locale#ROOT} (so "TITLE" keeps its dotted i under a Turkish default locale) and
     * splits on every character that is not a letter or digit. Tokens never overlap words: "URL" is one token,
     * so it cannot match "rl".
     */
    TokenSequence tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> surfaces = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        int compoundToken = -1;
        int compoundChar = -1;
        int previousEnd = -2;
        int i = 0;
        while (i < lower.length()) {
            if (!isWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < lower.length() && isWordChar(lower.charAt(i))) {
                i++;
            }
            boolean continuesCompound = previousEnd == start - 1 && isHyphen(lower.charAt(previousEnd));
            if (!continuesCompound) {
                closeCompound(joined, surfaces.size(), compoundToken, lower, compoundChar, previousEnd);
                compoundToken = surfaces.size();
                compoundChar = start;
            }
            surfaces.add(lower.substring(start, i));
            joined.add(null);
            previousEnd = i;
        }
        closeCompound(joined, surfaces.size(), compoundToken, lower, compoundChar, previousEnd);
        return new TokenSequence(surfaces, joined.toArray(String[]::new), this);
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

    private static void closeCompound(List<String> joined, int endToken, int startToken, String text,
                                      int startChar, int endChar) {
        if (startToken >= 0 && endToken - startToken >= 2) {
            joined.set(startToken, text.substring(startChar, endChar));
        }
    }

    private static boolean isTopical(String stem) {
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
