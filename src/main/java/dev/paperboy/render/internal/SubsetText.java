package dev.paperboy.render.internal;

/**
 * Text, outside code spans and link targets, as Flexmark writes it: {@code &}, {@code >} and {@code "} escaped,
 * everything else as is. Refuses wherever Flexmark could see more than characters: a backslash escape, an
 * entity, raw HTML, an image, strikethrough, and anything its autolink extension could turn into a link (a
 * {@code ://}, a {@code www.} or an e-mail address). The inline markup ({@code *}, {@code `}, {@code [},
 * {@code ]}) is the caller's; here it is refused too.
 */
final class SubsetText {
    /** The ASCII characters that are only themselves in text, whatever surrounds them. */
    private static final boolean[] ORDINARY = new boolean[128];

    static {
        for (char c = ' '; c < 0x7F; c++) {
            ORDINARY[c] = "\\<_~|&>\"!:@.*`[]".indexOf(c) < 0;
        }
    }

    private SubsetText() {
    }

    /**
     * Appends, escaped, the text from {@code i}: a run of characters that are only themselves, up to
     * {@code end} at most, or else the one character at {@code i}. Returns where it stopped, or -1 if the
     * character at {@code i} may be more than a character.
     */
    static int append(String text, int i, int end, StringBuilder html) {
        int run = i;
        while (run < end && isOrdinary(text.charAt(run))) {
            run++;
        }
        if (run > i) {
            html.append(text, i, run);
            return run;
        }
        return appendSpecial(text, i, html) ? i + 1 : -1;
    }

    private static boolean isOrdinary(char c) {
        return c < 0x80 ? ORDINARY[c] : c != '\u0085' && c != '\u2028' && c != '\u2029' && c != '\uFEFF';
    }

    private static boolean appendSpecial(String text, int i, StringBuilder html) {
        char c = text.charAt(i);
        boolean plain = switch (c) {
            case '&' -> !startsEntity(text, i);
            case '!' -> !text.startsWith("[", i + 1);
            case ':' -> !text.startsWith("//", i + 1);
            case '.' -> i < 3 || !text.regionMatches(true, i - 3, "www", 0, 3);
            case '@' -> !mayEndEmailAddress(text, i);
            case '>', '"', '\n' -> true;
            default -> false;
        };
        if (plain) {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
        return plain;
    }

    /** Whether {@code &} at {@code i} starts something Flexmark could read as an entity: {@code &name;}, {@code &#…;}. */
    static boolean startsEntity(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (isAsciiAlphanumeric(text.charAt(j)) || text.charAt(j) == '#')) {
            j++;
        }
        return j > i + 1 && j < text.length() && text.charAt(j) == ';';
    }

    /**
     * Whether the autolinker could read an e-mail address through the {@code @} at {@code at}: its domain needs a
     * dot followed by a letter or digit (any non-ASCII character counts as one), so {@code pass@1} and
     * {@code pass@1.} stay text. Looks at no more than the characters a domain may have, so it errs towards yes.
     */
    private static boolean mayEndEmailAddress(String text, int at) {
        boolean dot = false;
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dot = true;
            } else if (isAsciiAlphanumeric(c) || c >= 0x80) {
                if (dot) {
                    return true;
                }
            } else if (c != '-') {
                return false;
            }
        }
        return false;
    }

    static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
