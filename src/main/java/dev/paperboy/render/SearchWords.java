package dev.paperboy.render;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
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
    private static final Set<String> STOP_SET = Set.copyOf(STOP);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /** Gives each word of plain text to {@code sink}, as often as it occurs. */
    static void scan(String text, Consumer<String> sink) {
        scan(text, false, sink);
    }

    /** Gives each word of Markdown to {@code sink}, leaving out link targets, bare URLs and HTML tags. */
    static void scanMarkdown(String markdown, Consumer<String> sink) {
        scan(markdown, true, sink);
    }

    /** A hand-written scanner: a regular expression was most of the time of indexing 10,000 papers. */
    private static void scan(String text, boolean markdown, Consumer<String> sink) {
        String folded = fold(text);
        int length = folded.length();
        int i = 0;
        while (i < length) {
            char c = folded.charAt(i);
            int after = !markdown ? -1 : c == '<' ? after(folded, i + 1, '>', false)
                    : c == ']' && i + 1 < length && folded.charAt(i + 1) == '(' ? after(folded, i + 2, ')', true) : -1;
            if (after >= 0) {
                i = after;
                continue;
            }
            int start = i;
            while (i < length && isWordChar(folded, i)) {
                i += Character.isHighSurrogate(folded.charAt(i)) ? 2 : 1;
            }
            if (i == start) {
                i++;
            } else if (markdown && folded.startsWith("://", i)) {
                while (i < length && !Character.isWhitespace(folded.charAt(i))) {
                    i++;
                }
            } else if (i - start > 1) {
                String word = folded.substring(start, i);
                if (!STOP_SET.contains(word)) {
                    sink.accept(word);
                }
            }
        }
    }

    /**
     * The index after the first {@code end} from {@code from} on, if no line break (or, with {@code inWord}, no
     * white space) comes before it; otherwise -1.
     */
    private static int after(String text, int from, char end, boolean inWord) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == end) {
                return i + 1;
            }
            if (c == '\n' || inWord && Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        int codePoint = text.codePointAt(i);
        return Character.isLetter(codePoint) || Character.isDigit(codePoint);
    }

    /** As search.js folds: decomposed, combining marks dropped, lower-cased. */
    private static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
