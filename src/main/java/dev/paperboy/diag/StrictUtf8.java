package dev.paperboy.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of a user's file: UTF-8 only, no NUL bytes. Either the text (without a byte-order mark) or
 * where the first problem is, so each stage words its own error. Lines end at LF, CRLF or a
 * lone CR.
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    public enum Fault { NUL_BYTE, INVALID_UTF8 }

    /** The first problem: its kind, 1-based line and column (in characters), and the offending byte. */
    public record Failure(Fault fault, int line, int column, int value) {
    }

    /** Exactly one of {@code text} and {@code failure} is non-null. */
    public record Decoded(String text, Failure failure) {
    }

    public static Decoded decode(byte[] bytes) {
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Decoded(null, failureAt(bytes, i, Fault.NUL_BYTE));
            }
            ascii &= bytes[i] > 0;
        }
        if (ascii) {
            // Nothing to check or convert (and no byte-order mark): the most common file, copied as it is.
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), null);
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
            return new Decoded(null, failureAt(bytes, in.position(), Fault.INVALID_UTF8));
        }
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
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
