package dev.paperboy.site;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * BibTeX entries in arXiv's own style ({@code @misc} with {@code eprint}, {@code archivePrefix} and {@code url}),
 * with text escaped so BibTeX and LaTeX read back what the paper says: the ten characters special to them become
 * commands, accented Latin letters become accent commands ({@code é} is <code>{\'{e}}</code>), and any other
 * character (CJK, Greek) stays as UTF-8, which biber and modern BibTeX read.
 */
final class BibTex {
    /** Combining marks and the LaTeX accent command each stands for. */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0303', "~"),
            Map.entry('\u0304', "="), Map.entry('\u0306', "u"), Map.entry('\u0307', "."), Map.entry('\u0308', "\""),
            Map.entry('\u030A', "r"), Map.entry('\u030B', "H"), Map.entry('\u030C', "v"), Map.entry('\u0327', "c"),
            Map.entry('\u0328', "k"));
    /** Letters with no decomposition that LaTeX names. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ø', "{\\o}"), Map.entry('Ø', "{\\O}"), Map.entry('æ', "{\\ae}"), Map.entry('Æ', "{\\AE}"),
            Map.entry('œ', "{\\oe}"), Map.entry('Œ', "{\\OE}"), Map.entry('ß', "{\\ss}"), Map.entry('ł', "{\\l}"),
            Map.entry('Ł', "{\\L}"), Map.entry('ı', "{\\i}"), Map.entry('å', "{\\aa}"), Map.entry('Å', "{\\AA}"));

    /**
     * The commands of the chars below U+0180 (Latin-1 and Latin Extended-A, which most accented names are written
     * in), worked out once rather than by a decomposition per letter.
     */
    private static final String[] LATIN = new String[0x180];

    static {
        for (char c = 0x80; c < LATIN.length; c++) {
            LATIN[c] = command(c);
        }
    }

    private BibTex() {
    }

    /**
     * The entry of a paper.
     *
     * @param eprint the arXiv identifier without version, or null
     * @param url    the paper's address, or null
     */
    static String entry(String key, String title, List<String> authors, int year, String eprint, String url) {
        StringBuilder entry = new StringBuilder(192 + 24 * authors.size()).append("@misc{").append(key).append(",\n");
        field(entry, "title", escape(title));
        if (!authors.isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (String author : authors) {
                if (!names.isEmpty()) {
                    names.append(" and ");
                }
                names.append(name(author));
            }
            field(entry, "author", names);
        }
        field(entry, "year", Integer.toString(year));
        if (eprint != null) {
            field(entry, "eprint", eprint);
            field(entry, "archivePrefix", "arXiv");
        }
        if (url != null) {
            field(entry, "url", url(url));
        }
        return entry.append("}\n").toString();
    }

    private static void field(StringBuilder entry, String name, CharSequence value) {
        entry.append("      ").append(name).append("={").append(value).append("},\n");
    }

    /**
     * An author as BibTeX reads a name: braced whole when it holds a comma or the word "and", which BibTeX would
     * otherwise take for "Last, First" or for two authors.
     */
    private static String name(String author) {
        String escaped = escape(author.strip());
        return escaped.indexOf(',') >= 0 || hasWordAnd(escaped) ? "{" + escaped + "}" : escaped;
    }

    /** Whether one of the words of {@code name}, split at each space, is "and" in any case. */
    private static boolean hasWordAnd(String name) {
        int start = 0;
        while (true) {
            int space = name.indexOf(' ', start);
            int end = space < 0 ? name.length() : space;
            if (end - start == 3 && name.regionMatches(true, start, "and", 0, 3)) {
                return true;
            }
            if (space < 0) {
                return false;
            }
            start = space + 1;
        }
    }

    /** Text as BibTeX field content: special characters and accents as LaTeX commands. */
    static String escape(String text) {
        // An array, not charAt: a checked call per character under the C1 compiler the launcher runs.
        char[] chars = text.toCharArray();
        int plain = 0;
        while (plain < chars.length && isPlain(chars[plain])) {
            plain++;
        }
        if (plain == chars.length) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(chars, 0, plain);
        for (int i = plain; i < chars.length; i++) {
            char c = chars[i];
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> {
                    if (c < 0x80) {
                        out.append(Character.isISOControl(c) ? ' ' : c);
                    } else {
                        out.append(accented(c));
                    }
                }
            }
        }
        return out.toString();
    }

    /** Printable ASCII that BibTeX and LaTeX read as itself. */
    private static boolean isPlain(char c) {
        return c >= ' ' && c < 0x7F && c != '\\' && c != '{' && c != '}' && c != '%' && c != '&' && c != '$'
                && c != '#' && c != '_' && c != '~' && c != '^';
    }

    /** A non-ASCII character as a LaTeX command if it is a Latin letter with one accent or a named letter. */
    private static String accented(char c) {
        return c < LATIN.length ? LATIN[c] : command(c);
    }

    private static String command(char c) {
        String letter = LETTERS.get(c);
        if (letter != null) {
            return letter;
        }
        String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (parts.length() == 2 && parts.charAt(0) < 0x80 && Character.isLetter(parts.charAt(0))) {
            String accent = ACCENTS.get(parts.charAt(1));
            if (accent != null) {
                return "{\\" + accent + "{" + parts.charAt(0) + "}}";
            }
        }
        return String.valueOf(c);
    }

    /** A URL with the characters that would unbalance or end a BibTeX field percent-encoded. */
    private static String url(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '\\' -> out.append("%5C");
                case ' ' -> out.append("%20");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
