package dev.paperboy.listing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the LaTeX residue that listings carry in titles and abstracts into plain Unicode text: escapes
 * ({@code \%}), accents ({@code Schr\"odinger}, {@code \'{n}}), font switches ({@code {\em finite}}), common math
 * commands ({@code \partial}, {@code \nabla}, Greek letters, {@code \mathbb{R}}) and braces around a single command
 * or a URL. Whitespace is collapsed and the result is NFC.
 *
 * <p>Anything it cannot interpret stays exactly as it was ({@code \method}, {@code D_{KL}}, {@code %}), so no text is
 * ever lost. Spaces after math commands are kept ({@code \Delta u} gives {@code Δ u}): the listing text is read by
 * people, not typeset.
 */
public final class LatexCleaner {
    private LatexCleaner() {
    }

    public static String clean(String text) {
        String converted = text.indexOf('\\') < 0 && text.indexOf('{') < 0 ? text : new Converter(text).convert();
        String collapsed = collapseWhitespace(converted);
        return isPlainNfc(collapsed) || Normalizer.isNormalized(collapsed, Normalizer.Form.NFC)
                ? collapsed
                : Normalizer.normalize(collapsed, Normalizer.Form.NFC);
    }

    /** Text below U+0300, where combining marks start, is NFC already; a quick test for the common case. */
    private static boolean isPlainNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u007F') {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static String collapseWhitespace(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String text) {
        int last = text.length() - 1;
        if (last < 0) {
            return true;
        }
        if (isSpace(text.charAt(0)) || isSpace(text.charAt(last))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? text.charAt(i + 1) == ' ' : isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** What one item of a group produced; decides whether braces around it can go. */
    private enum Item { TEXT, SPACE, SYMBOL, FONT_SWITCH, NOTHING }

    /** The first meaningful item of a group and how many meaningful items it held. */
    private record Run(Item first, int count) {
        boolean isSingleSymbol() {
            return count == 1 && first == Item.SYMBOL;
        }
    }

    /** A command's braced argument, converted; {@code open} is where its '{' stands. */
    private record Group(int open, String text, boolean closed) {
        /** An argument that never closes stays as written, its converted text after the brace. */
        Item keepUnclosed(StringBuilder out, String src, int start) {
            out.append(src, start, open + 1).append(text);
            return Item.TEXT;
        }
    }

    /** One conversion of one string; recursive descent over commands and groups. */
    private static final class Converter {
        /** Deeper groups are read as plain text, so hostile input cannot exhaust the stack. */
        private static final int MAX_DEPTH = 64;
        private static final Set<String> CONTRACTION_ENDINGS = Set.of("s", "t", "d", "m", "re", "ve", "ll");

        private final String src;
        private int pos;

        Converter(String src) {
            this.src = src;
        }

        String convert() {
            StringBuilder out = new StringBuilder(src.length());
            while (pos < src.length()) {
                items(out, 0);
                if (pos < src.length()) {
                    out.append(src.charAt(pos++)); // a '}' that closes nothing
                }
            }
            return out.toString();
        }

        /** Converts up to the '}' that closes the current group (left unread) or the end. */
        private Run items(StringBuilder out, int depth) {
            Item first = null;
            int count = 0;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                Item item;
                if (c == '}') {
                    break;
                } else if (c == '\\') {
                    item = command(out, depth);
                } else if (c == '{' && depth < MAX_DEPTH) {
                    item = group(out, depth);
                } else {
                    item = plainText(out, depth);
                }
                if (item != Item.SPACE && item != Item.NOTHING) {
                    first = first == null ? item : first;
                    count++;
                }
            }
            return new Run(first, count);
        }

        /** Copies text up to the next command or brace in one go; most of an abstract is plain text. */
        private Item plainText(StringBuilder out, int depth) {
            int start = pos;
            boolean blank = true;
            for (; pos < src.length(); pos++) {
                char c = src.charAt(pos);
                if (c == '\\' || c == '}' || (c == '{' && depth < MAX_DEPTH && pos > start)) {
                    break;
                }
                blank = blank && isSpace(c);
            }
            out.append(src, start, pos);
            return blank ? Item.SPACE : Item.TEXT;
        }

        private Item group(StringBuilder out, int depth) {
            pos++;
            StringBuilder inner = new StringBuilder();
            Run run = items(inner, depth + 1);
            if (pos >= src.length()) {
                out.append('{').append(inner);
                return Item.TEXT;
            }
            pos++;
            String content = inner.toString().strip();
            if (run.isSingleSymbol()) {
                out.append(content);
                return Item.SYMBOL;
            }
            if (run.first() == Item.FONT_SWITCH) {
                out.append(content);
            } else if (isUrl(content)) {
                appendUrl(out, content);
            } else {
                out.append('{').append(inner).append('}');
            }
            return Item.TEXT;
        }

        private static boolean isUrl(String text) {
            if (!text.startsWith("https://") && !text.startsWith("http://") && !text.startsWith("www.")) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (isSpace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** {@code url{url}} is what {@code \href{url}{url}} leaves behind: the copy goes. */
        private static void appendUrl(StringBuilder out, String url) {
            int length = out.length();
            if (length >= url.length() && out.lastIndexOf(url) == length - url.length()) {
                return;
            }
            if (length > 0 && Character.isLetterOrDigit(out.charAt(length - 1))) {
                out.append(' ');
            }
            out.append(url);
        }

        private Item command(StringBuilder out, int depth) {
            int start = pos;
            if (pos + 1 >= src.length()) {
                out.append('\\');
                pos++;
                return Item.TEXT;
            }
            char next = src.charAt(pos + 1);
            if (!isAsciiLetter(next)) {
                pos += 2;
                return controlSymbol(out, start, next, depth);
            }
            int end = pos + 1;
            while (end < src.length() && isAsciiLetter(src.charAt(end))) {
                end++;
            }
            String name = src.substring(pos + 1, end);
            pos = end;
            return controlWord(out, start, name, depth);
        }

        private Item controlSymbol(StringBuilder out, int start, char symbol, int depth) {
            if ("%_&#${}".indexOf(symbol) >= 0) {
                out.append(symbol);
                return Item.SYMBOL;
            }
            Character accent = LatexTables.ACCENT_SYMBOLS.get(symbol);
            if (accent != null) {
                return accent(out, start, accent, depth);
            }
            switch (symbol) {
                case ',', ';', ':', ' ', '\\' -> out.append(' ');
                case '|' -> out.append('‖');
                case '!', '-', '/', '(', ')', '[', ']' -> {
                    return Item.NOTHING; // \( \) \[ \] only delimit math
                }
                default -> {
                    out.append(src, start, pos);
                    return Item.TEXT;
                }
            }
            return Item.SPACE;
        }

        private Item controlWord(StringBuilder out, int start, String name, int depth) {
            boolean braceFollows = pos < src.length() && src.charAt(pos) == '{' && depth < MAX_DEPTH;
            if (name.equals("sqrt") && braceFollows) {
                return argument(out, start, depth, true);
            }
            if (name.equals("deg")) {
                out.append(followsNumber(start) ? "°" : "deg"); // 360{\deg} is an angle, \deg p a degree
                skipEmptyGroup();
                return Item.SYMBOL;
            }
            if (name.equals("nobreakdash")) {
                return Item.NOTHING; // \nobreakdash- is the hyphen that follows it
            }
            if (name.equals("footnote") && braceFollows) {
                return footnote(out, start, depth);
            }
            if (name.equals("href") && braceFollows) {
                return href(out, start, depth);
            }
            String symbol = LatexTables.SYMBOLS.get(name);
            if (symbol != null) {
                out.append(symbol);
                skipEmptyGroup();
                return Item.SYMBOL;
            }
            String letter = LatexTables.TEXT_LETTERS.get(name);
            if (letter != null) {
                out.append(letter);
                if (!skipEmptyGroup()) {
                    skipSpaces();
                }
                return Item.SYMBOL;
            }
            Character accent = LatexTables.ACCENT_WORDS.get(name);
            if (accent != null) {
                return accent(out, start, accent, depth);
            }
            if (LatexTables.FONT_SWITCHES.contains(name)) {
                skipSpaces();
                return Item.FONT_SWITCH;
            }
            if (LatexTables.DELIMITER_SIZES.contains(name)) {
                if (pos < src.length() && src.charAt(pos) == '.') {
                    pos++; // the empty delimiter of \right.
                }
                return Item.NOTHING;
            }
            if (LatexTables.TEXT_ARGUMENT.contains(name) && braceFollows) {
                return argument(out, start, depth, false);
            }
            if (name.equals("mathbb") || name.equals("mathcal")) {
                return letterStyle(out, start, name);
            }
            if (name.equals("romannumeral")) {
                return romanNumeral(out, start);
            }
            out.append(src, start, pos);
            return Item.TEXT;
        }

        /**
         * {@code \emph{text}}: the converted text without the command and braces; {@code \sqrt{x}} is "√x", and
         * "√(x+1)" when the argument is longer than one character.
         */
        private Item argument(StringBuilder out, int start, int depth, boolean root) {
            Group group = bracedArgument(depth);
            if (!group.closed()) {
                return group.keepUnclosed(out, src, start);
            }
            String inner = group.text();
            if (!root) {
                out.append(inner);
            } else if (inner.codePoints().count() == 1) {
                out.append('√').append(inner);
            } else {
                out.append("√(").append(inner).append(')');
            }
            return Item.TEXT;
        }

        /** {@code \footnote{text}} reads as " (text)" where it stands. */
        private Item footnote(StringBuilder out, int start, int depth) {
            Group group = bracedArgument(depth);
            if (!group.closed()) {
                return group.keepUnclosed(out, src, start);
            }
            out.append(" (").append(group.text().strip()).append(')');
            return Item.TEXT;
        }

        /** {@code \href{url}{text}} reads as "text (url)", or the bare URL when the text repeats it. */
        private Item href(StringBuilder out, int start, int depth) {
            Group url = bracedArgument(depth);
            if (!url.closed() || pos >= src.length() || src.charAt(pos) != '{') {
                return url.closed() ? copy(out, start) : url.keepUnclosed(out, src, start);
            }
            Group text = bracedArgument(depth);
            if (!text.closed()) {
                return copy(out, start);
            }
            String link = url.text().strip();
            String label = text.text().strip();
            out.append(label.isEmpty() || label.equals(link) ? link : label + " (" + link + ")");
            return Item.TEXT;
        }

        private Item copy(StringBuilder out, int start) {
            out.append(src, start, pos);
            return Item.TEXT;
        }

        /** Converts the group that opens with the '{' at {@link #pos}, and reads past its '}' if it has one. */
        private Group bracedArgument(int depth) {
            int open = pos++;
            StringBuilder inner = new StringBuilder();
            items(inner, depth + 1);
            boolean closed = pos < src.length();
            if (closed) {
                pos++;
            }
            return new Group(open, inner.toString(), closed);
        }

        /** Whether a number ends just before the command at {@code start}, braces and spaces aside. */
        private boolean followsNumber(int start) {
            int at = start - 1;
            while (at >= 0 && (src.charAt(at) == '{' || src.charAt(at) == '^' || isSpace(src.charAt(at)))) {
                at--;
            }
            return at >= 0 && Character.isDigit(src.charAt(at));
        }

        /**
         * An accent on one letter: {@code \"o}, {@code \'{n}}, {@code \c c}, {@code \'{\i}}, {@code \hat{\theta}};
         * {@code \~{}} is the accent character itself. Anything else after it leaves the accent as it was.
         */
        private Item accent(StringBuilder out, int start, char mark, int depth) {
            if (isAsciiLetter(src.charAt(start + 1))) {
                skipSpaces(); // only a word accent needs a space before its letter: "\c c"; "\" a" is text
            }
            if (pos < src.length() && src.charAt(pos) == '{' && depth < MAX_DEPTH) {
                return bracedAccent(out, start, mark, depth);
            }
            String base;
            if ((src.startsWith("\\i", pos) || src.startsWith("\\j", pos))
                    && (pos + 2 >= src.length() || !isAsciiLetter(src.charAt(pos + 2)))) {
                base = src.substring(pos + 1, pos + 2);
                pos += 2;
            } else if (src.charAt(start + 1) == '\'' && isApostrophe(start)) {
                out.append('\'');
                return Item.TEXT;
            } else if (pos < src.length() && Character.isLetter(src.charAt(pos))) {
                base = src.substring(pos, pos + 1);
                pos++;
            } else {
                out.append(src, start, pos);
                return Item.TEXT;
            }
            out.append(base).append(mark);
            return Item.SYMBOL;
        }

        /**
         * Whether an unbraced {@code \'} is an escaped apostrophe rather than an acute accent: before anything but a
         * letter, before a letter no language writes with an acute ({@code don\'t}), or before an English
         * contraction's ending inside a word ({@code query\'s}, {@code they\'re}).
         */
        private boolean isApostrophe(int start) {
            if (pos >= src.length() || !Character.isLetter(src.charAt(pos))) {
                return true;
            }
            if (Normalizer.normalize(src.charAt(pos) + "\u0301", Normalizer.Form.NFC).length() != 1) {
                return true;
            }
            int end = pos;
            while (end < src.length() && Character.isLetter(src.charAt(end))) {
                end++;
            }
            boolean inWord = start > 0 && Character.isLetter(src.charAt(start - 1));
            return inWord && CONTRACTION_ENDINGS.contains(src.substring(pos, end).toLowerCase(Locale.ROOT));
        }

        private Item bracedAccent(StringBuilder out, int start, char mark, int depth) {
            Group group = bracedArgument(depth);
            if (group.closed()) {
                String base = group.text().strip();
                char accentChar = src.charAt(start + 1);
                if (base.isEmpty() && !isAsciiLetter(accentChar)) {
                    out.append(accentChar);
                    return Item.SYMBOL;
                }
                if (base.codePointCount(0, base.length()) == 1 && Character.isLetter(base.codePointAt(0))) {
                    out.append(base.equals("ı") ? "i" : base.equals("ȷ") ? "j" : base).append(mark);
                    return Item.SYMBOL;
                }
            }
            out.append(src, start, group.open() + 1).append(group.text()).append(group.closed() ? "}" : "");
            return Item.TEXT;
        }

        private Item letterStyle(StringBuilder out, int start, String name) {
            skipSpaces();
            boolean braced = pos < src.length() && src.charAt(pos) == '{';
            int at = braced ? pos + 1 : pos;
            boolean single = at < src.length() && src.charAt(at) >= 'A' && src.charAt(at) <= 'Z'
                    && (!braced || src.startsWith("}", at + 1));
            if (!single) {
                out.append(src, start, pos);
                return Item.TEXT;
            }
            char letter = src.charAt(at);
            out.append(name.equals("mathbb") ? LatexTables.doubleStruck(letter) : LatexTables.script(letter));
            pos = braced ? at + 2 : at + 1;
            return Item.SYMBOL;
        }

        /** {@code \romannumeral2} is "ii", as TeX prints it. */
        private Item romanNumeral(StringBuilder out, int start) {
            skipSpaces();
            int end = pos;
            while (end < src.length() && end - pos < 4 && Character.isDigit(src.charAt(end))) {
                end++;
            }
            int value = end == pos ? 0 : Integer.parseInt(src.substring(pos, end));
            if (value < 1 || value > 3999) {
                out.append(src, start, pos);
                return Item.TEXT;
            }
            pos = end < src.length() && src.charAt(end) == ' ' ? end + 1 : end;
            out.append(LatexTables.roman(value));
            return Item.SYMBOL;
        }

        private boolean skipEmptyGroup() {
            if (src.startsWith("{}", pos)) {
                pos += 2;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (pos < src.length() && isSpace(src.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
