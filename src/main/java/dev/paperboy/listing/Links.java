package dev.paperboy.listing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the URLs in an abstract and picks its code link. A hand-written single pass rather than a regex: abstracts
 * are long and a listing can hold ten thousand of them.
 */
final class Links {
    /** Where a URL can start; bare addresses are given https://. */
    private static final List<String> STARTS = List.of(
            "https://", "http://", "www.", "github.com/", "gitlab.com/", "huggingface.co/");
    private static final String NOT_IN_URL = "<>\"{}|\\^`[]";
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\"*";
    private static final Set<String> CODE_HOSTS = Set.of("github.com", "www.github.com", "gitlab.com", "www.gitlab.com");

    private Links() {
    }

    /** URLs in order of first appearance, trailing punctuation removed, bare addresses given https://. */
    static List<String> find(String text) {
        if (!mayHoldUrl(text)) {
            return List.of();
        }
        Set<String> links = new LinkedHashSet<>();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = (char) (text.charAt(i) | 0x20); // ASCII lower case; other characters never match below
            if (c != 'h' && c != 'w' && c != 'g') {
                continue;
            }
            String start = startAt(text, i);
            if (start == null || (i > 0 && !canStartAfter(start, text.charAt(i - 1)))) {
                continue;
            }
            int end = i + start.length();
            while (end < length && isUrlChar(text.charAt(end))) {
                end++;
            }
            String url = trimTrailing(text.substring(i, end));
            if (url.length() > start.length()) {
                links.add(start.startsWith("http") ? url : "https://" + url);
            }
            i = end - 1;
        }
        return List.copyOf(links);
    }

    /** A quick test with vectorised searches: every start above holds one of these, whatever its case. */
    private static boolean mayHoldUrl(String text) {
        return text.contains("://") || text.contains(".co") || text.contains(".CO") || text.contains(".Co")
                || text.contains("w.") || text.contains("W.");
    }

    /** The first link on github.com or gitlab.com. */
    static Optional<String> codeUrl(List<String> links) {
        return links.stream().filter(link -> CODE_HOSTS.contains(host(link))).findFirst();
    }

    private static String startAt(String text, int at) {
        for (String start : STARTS) {
            if (text.regionMatches(true, at, start, 0, start.length())) {
                return start;
            }
        }
        return null;
    }

    /**
     * A URL does not start inside a word, a path or an e-mail address ({@code me@github.com/x}); one with its scheme
     * may follow punctuation it was glued to ({@code on GitHub.https://github.com/x/y}).
     */
    private static boolean canStartAfter(String start, char previous) {
        if (Character.isLetterOrDigit(previous)) {
            return false;
        }
        return start.endsWith("://") || !(previous == '.' || previous == '/' || previous == '@' || previous == '-'
                || previous == '_');
    }

    private static boolean isUrlChar(char c) {
        return !LatexCleaner.isSpace(c) && NOT_IN_URL.indexOf(c) < 0;
    }

    private static String host(String link) {
        int start = link.indexOf("://") + 3;
        int end = start;
        while (end < link.length() && "/?#:".indexOf(link.charAt(end)) < 0) {
            end++;
        }
        return link.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Drops sentence punctuation, and closing parentheses that open nowhere in the URL. */
    private static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0) {
            char last = url.charAt(end - 1);
            boolean unbalanced = last == ')' && count(url, '(', end) < count(url, ')', end);
            if (TRAILING_PUNCTUATION.indexOf(last) < 0 && !unbalanced) {
                break;
            }
            end--;
        }
        return url.substring(0, end);
    }

    private static int count(String text, char wanted, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == wanted) {
                count++;
            }
        }
        return count;
    }
}
