package dev.paperboy.site;

/** Cuts plain text for listings: at a word boundary, with an ellipsis, whitespace collapsed. */
final class Excerpts {
    private Excerpts() {
    }

    static String cut(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int end = flat.lastIndexOf(' ', max);
        return flat.substring(0, end > max / 2 ? end : max).stripTrailing() + "…";
    }
}
