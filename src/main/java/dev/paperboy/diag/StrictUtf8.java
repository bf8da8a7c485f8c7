package dev.paperboy.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict decoding of a user's file: UTF-8 only, no NUL bytes. Either the text (without a byte-order mark) or
 * where the first problem is, so each stage words its own error. Lines end at LF, CRLF or a
 * lone CR. Characters XML cannot hold (C0 controls but tab and line ends, U+FFFE, U+FFFF) are dropped where text
 * enters Paperboy, so no page or feed ever holds one; the first is noted for a warning.
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    public enum Fault { NUL_BYTE, INVALID_UTF8 }

    /** The first problem: its kind, 1-based line and column (in characters), and the offending byte. */
    public record Failure(Fault fault, int line, int column, int value) {
    }

    /** Exactly one of {@code text} and {@code failure} is non-null; {@code dropped} is null when none was. */
    public record Decoded(String text, Failure failure, Dropped dropped) {
        /** Reports dropped characters, if any, as a warning at the first of them. */
        public void reportDropped(String label, Diagnostics diagnostics) {
            if (dropped != null) {
                diagnostics.warning(new SourcePos(label, dropped.line(), dropped.column()), dropped.message());
            }
        }
    }

    /** Characters dropped from the text: the first one's position and code, and how many there were. */
    public record Dropped(int line, int column, int value, int count) {
        String message() {
            return describe(value) + " dropped" + (count == 1 ? "" : " (and " + (count - 1) + " more in this file)");
        }
    }

    public static Decoded decode(byte[] bytes) {
        boolean ascii = true;
        boolean controls = false;
        // U+FFFE, U+FFFF and the byte-order mark are the only characters of interest whose UTF-8 starts with EF.
        boolean ef = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0x20) { // one test for the common byte: NUL, controls and non-ASCII bytes (negative) are below
                if (b == 0) {
                    return new Decoded(null, failureAt(bytes, i, Fault.NUL_BYTE), null);
                }
                ascii &= b > 0;
                ef |= b == (byte) 0xEF;
                controls |= b > 0 && b != '\t' && b != '\n' && b != '\r';
            }
        }
        if (ascii) {
            // Nothing to check or convert (and no byte-order mark): the most common file, copied as it is.
            return dropUnwritable(new String(bytes, StandardCharsets.ISO_8859_1), controls);
        }
        if (!ef) {
            // String's decoder, much faster than a CharsetDecoder, replaces each malformed sequence by U+FFFD: a
            // text without one was valid. Without an EF byte it cannot hold a real U+FFFD, U+FFFE or U+FFFF.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return dropUnwritable(text, controls);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, failureAt(bytes, in.position(), Fault.INVALID_UTF8), null);
        }
        String text = out.flip().toString();
        return dropUnwritable(text.startsWith("\uFEFF") ? text.substring(1) : text,
                controls || text.indexOf('\uFFFE') >= 0 || text.indexOf('\uFFFF') >= 0);
    }

    /** Whether XML cannot hold {@code c}: a C0 control but tab and line ends, U+FFFE or U+FFFF. */
    public static boolean unwritable(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
    }

    /** The index of the first character XML cannot hold in {@code text}, or -1. */
    public static int firstUnwritable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unwritable(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How a dropped character is named in warnings: {@code control character U+0007}. */
    public static String describe(int value) {
        return String.format(Locale.ROOT, "%s U+%04X", value < 0x20 ? "control character" : "non-character", value);
    }

    private static Decoded dropUnwritable(String text, boolean any) {
        if (!any) {
            return new Decoded(text, null, null);
        }
        StringBuilder kept = new StringBuilder(text.length());
        int line = 1;
        int lineStart = 0;
        Dropped first = null;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
            if (unwritable(c)) {
                if (count++ == 0) {
                    first = new Dropped(line, i - lineStart + 1, c, 0);
                }
            } else {
                kept.append(c);
            }
        }
        return new Decoded(kept.toString(), null, new Dropped(first.line(), first.column(), first.value(), count));
    }

    private static Failure failureAt(byte[] bytes, int index, Fault fault) {
        int lineStart = index;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
            lineStart--;
        }
        int column = new String(bytes, lineStart, index - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new Failure(fault, lineOf(bytes, index), column, bytes[index] & 0xFF);
    }

    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
