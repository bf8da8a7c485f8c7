package dev.paperboy.render;

import dev.paperboy.render.internal.CharsTable;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words search looks up: runs of letters and decimal digits, accents dropped and lower-cased, at least two
 * UTF-16 units long, common English words left out. templates/assets/search.js splits queries and marks matches
 * by the same rules: change both together.
 */
final class SearchWords {
    /** Words too common to look up: never indexed, and dropped from a query of several words. */
    static final List<String> STOP = List.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has",
            "have", "in", "into", "is", "it", "its", "of", "on", "or", "our", "that", "the", "their", "this", "to",
            "was", "we", "were", "which", "with");
    private static final CharsTable<String> STOP_TABLE = new CharsTable<>();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Each Latin-1 character folded, as {@link #foldFully} folds it alone: accented letters of names (García,
     * Müller) are most of the non-ASCII text of a site, and the full fold (a decomposition, a regular expression
     * and a copy) cost more than the rest of indexing them. Within Latin-1 a character folds the same alone as in
     * any text: none of them combines with a neighbour, and none lower-cases by context.
     */
    private static final char[] LATIN_1 = new char[0x100];
    /** The ASCII characters of words, once folded: read in the scanning loop, as C1 calls a method there. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        STOP.forEach(word -> STOP_TABLE.computeIfAbsent(word.toCharArray(), 0, word.length(), key -> key));
        for (char c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        for (char c = 0; c < LATIN_1.length; c++) {
            String folded = foldFully(String.valueOf(c));
            if (folded.length() != 1) {
                throw new IllegalStateException("U+" + Integer.toHexString(c) + " folds to " + folded.length());
            }
            LATIN_1[c] = folded.charAt(0);
        }
    }

    private SearchWords() {
    }

    /** Is given each word found, as a range of the folded text, which it must not keep. */
    interface Sink {
        void word(char[] text, int start, int end);
    }

    /** Gives each word of plain text to {@code sink}, as often as it occurs. */
    static void scan(String text, Sink sink) {
        scan(text, false, sink);
    }

    /** Gives each word of Markdown to {@code sink}, leaving out link targets, bare URLs and HTML tags. */
    static void scanMarkdown(String markdown, Sink sink) {
        scan(markdown, true, sink);
    }

    /**
     * A hand-written scanner over an array: a regular expression was most of the time of indexing 10,000 papers,
     * and {@code String.charAt} is a checked call for every character under the C1 compiler the launcher runs.
     */
    private static void scan(String text, boolean markdown, Sink sink) {
        char[] chars = fold(text);
        int length = chars.length;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            int after = !markdown ? -1 : c == '<' ? after(chars, i + 1, '>', false)
                    : c == ']' && i + 1 < length && chars[i + 1] == '(' ? after(chars, i + 2, ')', true) : -1;
            if (after >= 0) {
                i = after;
                continue;
            }
            int start = i;
            while (i < length) {
                char ch = chars[i];
                if (ch < 0x80 ? !ASCII_WORD[ch] : !isWordChar(chars, i)) {
                    break;
                }
                i += Character.isHighSurrogate(ch) ? 2 : 1;
            }
            if (i == start) {
                i++;
            } else if (markdown && i + 2 < length && chars[i] == ':' && chars[i + 1] == '/' && chars[i + 2] == '/') {
                while (i < length && !Character.isWhitespace(chars[i])) {
                    i++;
                }
            } else if (i - start > 1 && STOP_TABLE.get(chars, start, i) == null) {
                sink.word(chars, start, i);
            }
        }
    }

    /**
     * The index after the first {@code end} from {@code from} on, if no line break (or, with {@code inWord}, no
     * white space) comes before it; otherwise -1.
     */
    private static int after(char[] chars, int from, char end, boolean inWord) {
        for (int i = from; i < chars.length; i++) {
            char c = chars[i];
            if (c == end) {
                return i + 1;
            }
            if (c == '\n' || inWord && Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** A character beyond ASCII that starts or continues a word. */
    private static boolean isWordChar(char[] chars, int i) {
        int codePoint = Character.codePointAt(chars, i);
        return Character.isLetter(codePoint) || Character.isDigit(codePoint);
    }

    /** As {@link #foldFully}, by the Latin-1 table when the text is all Latin-1. */
    static char[] fold(String text) {
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= LATIN_1.length) {
                return foldFully(text).toCharArray();
            }
            chars[i] = LATIN_1[c];
        }
        return chars;
    }

    /** As search.js folds: decomposed, combining marks dropped, lower-cased. */
    static String foldFully(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
