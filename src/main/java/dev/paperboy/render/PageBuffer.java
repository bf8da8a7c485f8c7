package dev.paperboy.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects one page as UTF-8 bytes while templates write it. Templates write many small pieces: unlike an
 * {@code OutputStreamWriter} (a lock and a charset encoder call per piece) or a {@code StringBuilder} (which turns
 * to two bytes a char for the whole page once one piece holds a char beyond Latin-1, as a typographic apostrophe
 * in a template does, and then needs a second, slower encoding pass), this encodes each piece once, ASCII in a
 * tight loop. Lone surrogates become {@code ?}, as {@link String#getBytes} makes them. One thread, one page.
 */
final class PageBuffer extends Writer {
    private static final byte REPLACEMENT = '?';

    private final char[] chunk = new char[4096];
    private byte[] bytes = new byte[32 * 1024];
    private int size;
    /** A high surrogate that ended the last piece, waiting for its low half. */
    private char pendingHigh;

    @Override
    public void write(int c) {
        chunk[0] = (char) c;
        encode(chunk, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        encode(chars, offset, length);
    }

    @Override
    public void write(String string) {
        int length = string.length();
        if (pendingHigh != 0 || length == 0 || Character.isHighSurrogate(string.charAt(length - 1))) {
            write(string, 0, length);
            return;
        }
        // Whole strings (most pieces: template text and values) are encoded by the JDK's own fast path.
        byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    @Override
    public void write(String string, int offset, int length) {
        int from = offset;
        int left = length;
        while (left > 0) {
            int count = Math.min(left, chunk.length);
            string.getChars(from, from + count, chunk, 0);
            encode(chunk, 0, count);
            from += count;
            left -= count;
        }
    }

    @Override
    public void flush() {
        // nothing is buffered elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }

    byte[] utf8() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[size++] = REPLACEMENT;
        }
        return Arrays.copyOf(bytes, size);
    }

    private void encode(char[] chars, int offset, int length) {
        ensure(length * 3 + 1);
        byte[] out = bytes;
        int n = size;
        int end = offset + length;
        int i = offset;
        if (pendingHigh == 0) {
            // The common case, ASCII, in a loop with nothing else in it: C1 does not hoist anything out of loops.
            while (i < end && chars[i] < 0x80) {
                out[n++] = (byte) chars[i++];
            }
        }
        for (; i < end; i++) {
            char c = chars[i];
            if (pendingHigh != 0) {
                if (Character.isLowSurrogate(c)) {
                    int codePoint = Character.toCodePoint(pendingHigh, c);
                    pendingHigh = 0;
                    out[n++] = (byte) (0xF0 | codePoint >> 18);
                    out[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    out[n++] = (byte) (0x80 | codePoint & 0x3F);
                    continue;
                }
                pendingHigh = 0;
                out[n++] = REPLACEMENT;
            }
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                out[n++] = REPLACEMENT;
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = n;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
