package dev.paperboy.render.internal;


/**
 * The inline content of one paragraph or list item (its lines and the {@code \n} between them) as Flexmark
 * writes it, for the few constructs curator notes use: {@code *em*}, {@code **strong**}, {@code `code`} and
 * {@code [text](https://...)}. Refuses (returns false, leaving {@code html} half written) anything else and
 * every case where CommonMark's rules need judgement:
 * <ul>
 * <li>emphasis only from runs of one or two {@code *}, each closer matching the innermost open run of the same
 * length (so nothing is left over or split); a run that could both open and close (CommonMark's flanking rules)
 * closes the innermost run if it can, and otherwise opens only where nothing is open;</li>
 * <li>code spans of single backticks on one line, without a space at either end or two in a row (Flexmark trims
 * and collapses those);</li>
 * <li>links with plain text and an http or https target of plain URL characters, no title.</li>
 * </ul>
 */
final class SubsetInline {
    private static final String URL_PUNCTUATION = "-._~:/?#@!$&+,;=%";

    private final String text;
    private final int from;
    private final int to;
    private final StringBuilder html;
    /** The lengths of the emphasis runs still open, innermost last. */
    private final StringBuilder open = new StringBuilder();

    private SubsetInline(String text, int from, int to, StringBuilder html) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.html = html;
    }

    /**
     * Appends the HTML of the inline content from {@code from} to {@code to} in {@code text}; false if it holds
     * anything this subset does not render.
     */
    static boolean append(String text, int from, int to, StringBuilder html) {
        return new SubsetInline(text, from, to, html).render();
    }

    private boolean render() {
        int i = from;
        while (i < to) {
            int next = switch (text.charAt(i)) {
                case '*' -> emphasis(i);
                case '`' -> code(i);
                case '[' -> link(i);
                default -> SubsetText.append(text, i, to, html);
            };
            if (next < 0) {
                return false;
            }
            i = next;
        }
        return open.isEmpty();
    }

    /** The run of {@code *} at {@code start}; returns where it ends, or -1. */
    private int emphasis(int start) {
        int end = start;
        while (end < to && text.charAt(end) == '*') {
            end++;
        }
        int length = end - start;
        Flank before = Flank.of(start == from ? '\n' : text.charAt(start - 1));
        Flank after = Flank.of(end == to ? '\n' : text.charAt(end));
        if (length > 2 || before == Flank.UNKNOWN || after == Flank.UNKNOWN) {
            return -1;
        }
        boolean leftFlanking = after != Flank.SPACE && (after != Flank.PUNCTUATION || before != Flank.OTHER);
        boolean rightFlanking = before != Flank.SPACE && (before != Flank.PUNCTUATION || after != Flank.OTHER);
        if (!leftFlanking && !rightFlanking) {
            return -1;
        }
        char lengthMark = (char) ('0' + length);
        boolean closesInnermost = !open.isEmpty() && open.charAt(open.length() - 1) == lengthMark;
        if (rightFlanking && closesInnermost) {
            open.setLength(open.length() - 1);
            html.append(length == 1 ? "</em>" : "</strong>");
        } else if (leftFlanking && (!rightFlanking || open.isEmpty())) {
            open.append(lengthMark);
            html.append(length == 1 ? "<em>" : "<strong>");
        } else {
            return -1;
        }
        return end;
    }

    /** The code span opened at {@code start}; returns where it ends, or -1. */
    private int code(int start) {
        int close = text.indexOf('`', start + 1);
        if (close < 0 || close >= to || close == start + 1 || close + 1 < to && text.charAt(close + 1) == '`') {
            return -1;
        }
        html.append("<code>");
        for (int i = start + 1; i < close; i++) {
            char c = text.charAt(i);
            boolean edge = i == start + 1 || i == close - 1;
            if (c == ' ' && (edge || text.charAt(i + 1) == ' ') || c < ' ' || c == '\\') {
                return -1;
            }
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
        html.append("</code>");
        return close + 1;
    }

    /** The link opened at {@code start}; returns where it ends, or -1. */
    private int link(int start) {
        int textEnd = text.indexOf(']', start + 1);
        int urlStart = textEnd + 2;
        int urlEnd = text.indexOf(')', urlStart);
        if (textEnd <= start + 1 || urlEnd < 0 || urlEnd >= to || text.charAt(textEnd + 1) != '('
                || isSpaceAt(start + 1) || isSpaceAt(textEnd - 1) || !isPlainWebUrl(urlStart, urlEnd)) {
            return -1;
        }
        html.append("<a href=\"");
        for (int i = urlStart; i < urlEnd; i++) {
            char c = text.charAt(i);
            if (c == '&') {
                html.append("&amp;");
            } else {
                html.append(c);
            }
        }
        html.append("\" rel=\"").append(PlainMarkdown.LINK_REL).append("\">");
        for (int i = start + 1; i < textEnd; i = SubsetText.append(text, i, textEnd, html)) {
            if (i < 0 || text.charAt(i) == '\n') {
                return -1;
            }
        }
        html.append("</a>");
        return urlEnd + 1;
    }

    /** Flexmark trims spaces around link text; any kind of space there is left to it. */
    private boolean isSpaceAt(int i) {
        char c = text.charAt(i);
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private boolean isPlainWebUrl(int start, int end) {
        if (!text.startsWith("https://", start) && !text.startsWith("http://", start)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!SubsetText.isAsciiAlphanumeric(c) && URL_PUNCTUATION.indexOf(c) < 0
                    || c == '&' && SubsetText.startsEntity(text, i)) {
                return false;
            }
        }
        return true;
    }

    /** What CommonMark's flanking rules see in the character next to a run of {@code *}. */
    private enum Flank {
        SPACE, PUNCTUATION, OTHER, UNKNOWN;

        private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

        /** Symbols other than ASCII ones are UNKNOWN: CommonMark 0.31 counts them as punctuation, 0.29 did not. */
        static Flank of(char c) {
            if (c == ' ' || c == '\n') {
                return SPACE;
            }
            if (ASCII_PUNCTUATION.indexOf(c) >= 0) {
                return PUNCTUATION;
            }
            return switch (Character.getType(c)) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> PUNCTUATION;
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                        Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER -> OTHER;
                default -> UNKNOWN;
            };
        }
    }
}
