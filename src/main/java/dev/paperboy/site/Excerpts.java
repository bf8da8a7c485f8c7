package dev.paperboy.site;

/** Cuts plain text for listings: at a word boundary, with an ellipsis, whitespace collapsed. */
final class Excerpts {
    private Excerpts() {
    }

    static String cut(String text, int max) {
        String flat = collapseWhitespace(text.strip());
        if (flat.length() <= max) {
            return flat;
        }
        int end = flat.lastIndexOf(' ', max);
        return flat.substring(0, end > max / 2 ? end : max).stripTrailing() + "…";
    }

    /** Each run of whitespace (as regex {@code \s}: space, tab, line breaks, form feed) becomes one space. */
    private static String collapseWhitespace(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
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
