package dev.paperboy.yaml.internal;

import java.nio.charset.StandardCharsets;

/**
 * Reads double-quoted YAML text with the escapes JSON and YAML writers use, on one line or continued on the next
 * ones by escaped line breaks (as Jackson writes long text). One instance reads one document, text after text.
 */
final class DoubleQuoted {
    /** For {@link #read}: the text must close on the line it opens on. */
    static final int ONE_LINE = Integer.MAX_VALUE;
    /** The escapes read here, other than {@code \\uXXXX} and an escaped line break, and what they stand for. */
    private static final String ESCAPES = "\"\\ 0abtnvfre";
    private static final String ESCAPED = "\"\\ \0\u0007\b\t\n\u000B\f\r\u001B";
    private static final int HEX_DIGITS = 4;
    /** ASCII only: {@link Character#digit} would also take other scripts' digits. */
    private static final String HEX = "0123456789abcdef0123456789ABCDEF";

    private final String text;
    /**
     * A copy of the text's bytes as String holds Latin-1 text (one array copy), which the loop over each quoted
     * text reads much faster than String.charAt under C1. A character beyond Latin-1 is '?' there, which the loop
     * looks up in the text; all zeros (every character looked up) when a surrogate pair, one '?', would put the
     * indices out of step.
     */
    private final byte[] latin1;
    private int end;
    private int lineBreaks;
    private int lastLineStart;

    DoubleQuoted(String text) {
        this.text = text;
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        this.latin1 = bytes.length == text.length() ? bytes : new byte[text.length()];
    }

    /**
     * The unescaped text whose opening quote is at {@code start}, or null when it is not sure to be read alike: a
     * line break that is not escaped, a continued line indented by fewer than {@code continuationIndent} spaces
     * or blank, a character that is not printable (tabs too), or an escape not read here.
     */
    String read(int start, int continuationIndent) {
        StringBuilder unescaped = null;
        lineBreaks = 0;
        int from = start + 1;
        int at = from;
        while (at < latin1.length) {
            byte b = latin1[at];
            if (b >= ' ' && b < 0x7F && b != '"' && b != '\\' && b != '?') {
                at++;
                continue;
            }
            char c = text.charAt(at);
            if (c == '"') {
                end = at + 1;
                return unescaped == null ? text.substring(from, at) : unescaped.append(text, from, at).toString();
            }
            if (c != '\\') {
                int length = YamlChars.printableLength(text, at);
                if (length == 0) {
                    return null;
                }
                at += length;
                continue;
            }
            if (unescaped == null) {
                unescaped = new StringBuilder(64);
            }
            unescaped.append(text, from, at);
            at = escape(at, continuationIndent, unescaped);
            if (at < 0) {
                return null;
            }
            from = at;
        }
        return null;
    }

    /** Just after the closing quote of the text {@link #read} last read. */
    int end() {
        return end;
    }

    /** How many (escaped) line breaks the text {@link #read} last read goes over. */
    int lineBreaks() {
        return lineBreaks;
    }

    /** Where the line the text ends on starts, when it goes over line breaks. */
    int lastLineStart() {
        return lastLineStart;
    }

    /** Appends what the escape at {@code backslash} stands for; where the text goes on, or -1. */
    private int escape(int backslash, int continuationIndent, StringBuilder unescaped) {
        if (backslash + 1 == text.length()) {
            return -1;
        }
        char escape = text.charAt(backslash + 1);
        if (escape == '\n') {
            return continuation(backslash + 2, continuationIndent);
        }
        if (escape == 'u') {
            int code = hex(backslash + 2);
            if (code < 0 || Character.isSurrogate((char) code)) {
                return -1;
            }
            unescaped.append((char) code);
            return backslash + 2 + HEX_DIGITS;
        }
        int known = ESCAPES.indexOf(escape);
        if (known < 0) {
            return -1;
        }
        unescaped.append(ESCAPED.charAt(known));
        return backslash + 2;
    }

    /**
     * Where the text goes on after an escaped line break (YAML drops the next line's indentation), or -1 when that
     * line is blank or indented by fewer than {@code indent} spaces.
     */
    private int continuation(int lineStart, int indent) {
        lineBreaks++;
        lastLineStart = lineStart;
        int at = lineStart;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        boolean blank = at == text.length() || text.charAt(at) == '\n';
        return blank || at - lineStart < indent ? -1 : at;
    }

    /** The four hex digits at {@code from} as a number, or -1. */
    private int hex(int from) {
        if (from + HEX_DIGITS > text.length()) {
            return -1;
        }
        int code = 0;
        for (int i = from; i < from + HEX_DIGITS; i++) {
            int index = HEX.indexOf(text.charAt(i));
            if (index < 0) {
                return -1;
            }
            code = code * 16 + index % 16;
        }
        return code;
    }
}
