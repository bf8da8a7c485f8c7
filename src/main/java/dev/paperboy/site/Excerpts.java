package dev.paperboy.site;

/** Cuts plain text for listings: at a word boundary, with an ellipsis, whitespace collapsed. */
public final class Excerpts {
    private Excerpts() {
    }

    /** {@code text} itself when it needs no change, so that a short text is held once, not also as its excerpt. */
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
     * once {@code limit} characters are made. Returns {@code text} itself when that changes nothing.
     */
    private static String collapseWhitespace(String text, int limit) {
        // Arrays, not charAt and a StringBuilder: a checked call per character under the C1 compiler the launcher
        // runs. Each char read makes at most one, so a chunk of as many chars as are still to be made never
        // overshoots the limit.
        char[] flat = new char[Math.min(text.length(), limit)];
        char[] chunk = new char[flat.length];
        int made = 0;
        boolean inSpace = false;
        boolean changed = false;
        int start = 0;
        while (start < text.length() && made < limit) {
            int end = Math.min(text.length(), start + limit - made);
            text.getChars(start, end, chunk, 0);
            for (int i = 0; i < end - start; i++) {
                char c = chunk[i];
                boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
                if (!space) {
                    flat[made++] = c;
                } else if (!inSpace) {
                    flat[made++] = ' ';
                    changed |= c != ' ';
                } else {
                    changed = true;
                }
                inSpace = space;
            }
            start = end;
        }
        return changed || made < text.length() ? new String(flat, 0, made) : text;
    }
}
