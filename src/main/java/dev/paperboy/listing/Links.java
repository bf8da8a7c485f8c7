package dev.paperboy.listing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the URLs in an abstract and picks its code link. */
final class Links {
    /** http(s) URLs, and bare {@code www.} and code-host addresses; possessive so nothing backtracks. */
    private static final Pattern URL = Pattern.compile(
            "\\bhttps?://[^\\s<>\"{}|\\\\^`\\[\\]]++"
                    + "|(?<![\\w./@-])(?:www\\.|(?:github\\.com|gitlab\\.com|huggingface\\.co)/)[^\\s<>\"{}|\\\\^`\\[\\]]++",
            Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\"*";
    private static final Set<String> CODE_HOSTS = Set.of("github.com", "www.github.com", "gitlab.com", "www.gitlab.com");

    private Links() {
    }

    /** URLs in order of first appearance, trailing punctuation removed, bare domains given https://. */
    static List<String> find(String text) {
        if (!text.contains("http") && !text.contains(".co")) {
            return List.of();
        }
        Set<String> links = new LinkedHashSet<>();
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            String url = trimTrailing(matcher.group());
            if (url.indexOf("://") < 0) {
                url = "https://" + url;
            }
            if (!url.endsWith("://")) {
                links.add(url);
            }
        }
        return List.copyOf(links);
    }

    /** The first link on github.com or gitlab.com. */
    static Optional<String> codeUrl(List<String> links) {
        return links.stream().filter(link -> CODE_HOSTS.contains(host(link))).findFirst();
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
