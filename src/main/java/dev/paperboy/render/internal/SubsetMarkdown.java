package dev.paperboy.render.internal;

import dev.paperboy.site.Html;
import java.util.Optional;

/**
 * Curator notes in the shape most of them have, rendered without Flexmark: paragraphs and tight lists of
 * one-line {@code - } items, separated by blank lines, with the inline content {@link SubsetInline} renders.
 * The HTML is byte for byte what Flexmark writes for them, which took Flexmark about a third of a build's CPU
 * to parse and write. Anything else, or anything that could mean something else (a line that could start
 * another kind of block, indentation, trailing spaces), is declined and goes Flexmark's way.
 */
public final class SubsetMarkdown {
    private SubsetMarkdown() {
    }

    /**
     * The HTML and summary Flexmark's way would give {@code markdown}, or empty if this subset cannot say. The HTML
     * is made again on each read: it takes tens of microseconds, and a site of 100,000 papers would otherwise
     * keep every paper's notes twice, as Markdown and as HTML, for the whole build, though each is shown on one
     * page.
     */
    public static Optional<Html> render(String markdown) {
        return html(markdown).map(html -> new Remade(markdown, PlainMarkdown.summary(html)));
    }

    /** Whether {@code html} is made again on each read, so that storing it would cost more than making it. */
    public static boolean isRemade(Html html) {
        return html instanceof Remade;
    }

    private static final class Remade extends Html {
        private final String markdown;

        Remade(String markdown, String text) {
            super(text);
            this.markdown = markdown;
        }

        @Override
        public String html() {
            return SubsetMarkdown.html(markdown).orElseThrow();
        }
    }

    /** The HTML Flexmark's way would give {@code markdown}, or empty if this subset cannot say. */
    private static Optional<String> html(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 4);
        boolean afterList = false;
        int start = 0;
        while (start < markdown.length()) {
            if (markdown.charAt(start) == '\n') {
                start++;
                continue;
            }
            int end = blockEnd(markdown, start);
            boolean list = isList(markdown, start, end);
            if (list && afterList || !(list ? appendList(markdown, start, end, html)
                    : appendParagraph(markdown, start, end, html))) {
                return Optional.empty();
            }
            afterList = list;
            start = end;
        }
        return Optional.of(html.toString());
    }

    /** Where the last line of the block from {@code start} ends: before a blank line or the text's end. */
    private static int blockEnd(String markdown, int start) {
        int end = markdown.indexOf("\n\n", start);
        if (end >= 0) {
            return end;
        }
        return markdown.endsWith("\n") ? markdown.length() - 1 : markdown.length();
    }

    private static boolean isList(String markdown, int start, int end) {
        for (int line = start; line < end; line = lineEnd(markdown, line, end) + 1) {
            if (!markdown.startsWith("- ", line)) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String markdown, int start, int blockEnd) {
        int end = markdown.indexOf('\n', start);
        return end < 0 || end > blockEnd ? blockEnd : end;
    }

    /** A tight list: a list right after another one would make both one loose list. */
    private static boolean appendList(String markdown, int start, int end, StringBuilder html) {
        html.append("<ul>\n");
        for (int line = start; line < end; line = lineEnd(markdown, line, end) + 1) {
            int lineEnd = lineEnd(markdown, line, end);
            html.append("<li>");
            if (!startsAndEndsPlainly(markdown, line + 2, lineEnd)
                    || !SubsetInline.append(markdown, line + 2, lineEnd, html)) {
                return false;
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
        return true;
    }

    private static boolean appendParagraph(String markdown, int start, int end, StringBuilder html) {
        for (int line = start; line < end; line = lineEnd(markdown, line, end) + 1) {
            if (!startsAndEndsPlainly(markdown, line, lineEnd(markdown, line, end))) {
                return false;
            }
        }
        html.append("<p>");
        if (!SubsetInline.append(markdown, start, end, html)) {
            return false;
        }
        html.append("</p>\n");
        return true;
    }

    /**
     * Whether {@code line} can only continue a paragraph or an item's text: it does not start another block
     * (heading, quote, list, rule, setext underline, table, fence, raw HTML), is not indented and does not end in
     * a space (a hard break, or text Flexmark trims).
     */
    private static boolean startsAndEndsPlainly(String markdown, int start, int end) {
        if (start >= end) {
            return false;
        }
        char first = markdown.charAt(start);
        if (isSpace(first) || isSpace(markdown.charAt(end - 1)) || "#>+=-_|<~:".indexOf(first) >= 0) {
            return false;
        }
        return switch (first) {
            case '`' -> !markdown.startsWith("```", start);
            case '*' -> end - start > 1 && markdown.charAt(start + 1) != ' '
                    && !isOnlyStarsAndSpaces(markdown, start, end);
            default -> !startsOrderedListMarker(markdown, start, end);
        };
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOnlyStarsAndSpaces(String markdown, int start, int end) {
        for (int i = start; i < end; i++) {
            if (markdown.charAt(i) != '*' && markdown.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsOrderedListMarker(String markdown, int start, int end) {
        int i = start;
        while (i < end && markdown.charAt(i) >= '0' && markdown.charAt(i) <= '9') {
            i++;
        }
        return i > start && i < end && (markdown.charAt(i) == '.' || markdown.charAt(i) == ')');
    }
}
