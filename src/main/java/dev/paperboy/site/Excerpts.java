package dev.paperboy.site;

/** Cuts plain text for listings: at a word boundary, with an ellipsis, whitespace collapsed. */
public final class Excerpts {
    private Excerpts() {
    }

    public static String cut(String text, int max) {
        // Only the first max + 1 characters of the collapsed text decide the excerpt.
        String flat = collapseWhitespace(text.strip(), max + 1);
        if (flat.length() <= max) {
            return flat;
        }
        int end = flat.lastIndexOf(' ', max);
        return flat.substring(0, end > max / 2 ? end : max).stripTrailing() + "…";
    }

    /**
     * Each run of whitespace (as regex {@code \s}: space, tab, line breaks, form feed) becomes one space; stops
     * once {@code limit} characters are made.
     */
    private static String collapseWhitespace(String text, int limit) {
        StringBuilder flat = new StringBuilder(Math.min(text.length(), limit));
        boolean inSpace = false;
        for (int i = 0; i < text.length() && flat.length() < limit; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
            if (!space) {
                flat.append(c);
            } else if (!inSpace) {
                flat.append(' ');
            }
            inSpace = space;
        }
        return flat.toString();
    }
}
