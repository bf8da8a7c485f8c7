package dev.paperboy.render.internal;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects one page as UTF-8 bytes while templates write it. Templates write many small pieces: unlike an
 * {@code OutputStreamWriter} (a lock and a charset encoder call per piece) or a {@code StringBuilder} (which turns
 * to two bytes a char for the whole page once one piece holds a char beyond Latin-1, as a typographic apostrophe
 * in a template does, and then needs a second, slower encoding pass), this encodes each piece once, ASCII in a
 * tight loop. Lone surrogates become {@code ?}, as {@link String#getBytes} makes them. One thread, one page at a
 * time: {@link #clear()} starts the next.
 */
public final class PageBuffer extends Writer {
    private static final byte REPLACEMENT = '?';
    /** What FreeMarker's HTML output format writes for each character it escapes, by ASCII code; else null. */
    private static final byte[][] HTML_ENTITIES = new byte['>' + 1][];

    static {
        HTML_ENTITIES['<'] = "&lt;".getBytes(StandardCharsets.US_ASCII);
        HTML_ENTITIES['>'] = "&gt;".getBytes(StandardCharsets.US_ASCII);
        HTML_ENTITIES['&'] = "&amp;".getBytes(StandardCharsets.US_ASCII);
        HTML_ENTITIES['"'] = "&quot;".getBytes(StandardCharsets.US_ASCII);
        HTML_ENTITIES['\''] = "&#39;".getBytes(StandardCharsets.US_ASCII);
    }

    private final EscapedTexts escapedTexts;
    private final char[] chunk = new char[4096];
    private byte[] bytes = new byte[32 * 1024];
    private int size;
    /** A high surrogate that ended the last piece, waiting for its low half. */
    private char pendingHigh;

    /** A buffer that escapes every text afresh. */
    public PageBuffer() {
        this(new EscapedTexts(0));
    }

    /** @param escapedTexts long texts escaped by earlier pages, shared with them */
    public PageBuffer(EscapedTexts escapedTexts) {
        this.escapedTexts = escapedTexts;
    }

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
        // Whole strings (most pieces: template text and values) are encoded by the JDK's own fast path.
        byte[] utf8 = pendingHigh == 0 ? string.getBytes(StandardCharsets.UTF_8) : null;
        if (utf8 == null || endsInHighSurrogate(string, utf8)) {
            write(string, 0, string.length());
        } else {
            append(utf8, 0, utf8.length);
        }
    }

    /**
     * Writes {@code text} with {@code < > & " '} replaced by entities, as FreeMarker's HTML escaping does. The text is
     * encoded whole by the JDK and then scanned as bytes: the characters escaped are ASCII, and no byte of a
     * multi-byte UTF-8 sequence is. (FreeMarker's own escaping reads the text a {@code charAt} at a time and writes
     * the pieces between entities one by one, which was a third of rendering a page.) Long texts that an earlier
     * page escaped are copied as it left them.
     */
    public void writeEscaped(String text) {
        if (pendingHigh != 0) {
            writeEscapedPiecewise(text);
            return;
        }
        boolean isLong = text.length() >= EscapedTexts.MIN_LENGTH;
        byte[] escaped = isLong ? escapedTexts.get(text) : null;
        if (escaped != null) {
            append(escaped, 0, escaped.length);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (endsInHighSurrogate(text, utf8)) {
            writeEscapedPiecewise(text);
            return;
        }
        int start = size;
        appendEscaped(utf8);
        if (isLong) {
            escapedTexts.keep(text, Arrays.copyOfRange(bytes, start, size));
        }
    }

    private void appendEscaped(byte[] utf8) {
        int run = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte[] entity = entity(utf8[i]);
            if (entity != null) {
                append(utf8, run, i - run);
                append(entity, 0, entity.length);
                run = i + 1;
            }
        }
        append(utf8, run, utf8.length - run);
    }

    /** The entity that replaces character (or UTF-8 byte) {@code c}, or null when it stands for itself. */
    private static byte[] entity(int c) {
        return c >= 0 && c < HTML_ENTITIES.length ? HTML_ENTITIES[c] : null;
    }

    /**
     * Whether {@code text}, encoded as {@code utf8}, ends in the high half of a surrogate pair, which the next piece
     * may complete. The JDK encodes it as {@code ?}, so only then is the text itself looked at.
     */
    private static boolean endsInHighSurrogate(String text, byte[] utf8) {
        return utf8.length > 0 && utf8[utf8.length - 1] == REPLACEMENT
                && Character.isHighSurrogate(text.charAt(text.length() - 1));
    }

    private void writeEscapedPiecewise(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            byte[] entity = entity(text.charAt(i));
            if (entity != null) {
                write(text, run, i - run);
                endLoneHigh();
                append(entity, 0, entity.length);
                run = i + 1;
            }
        }
        write(text, run, text.length() - run);
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

    /** Empties the buffer for the next page, keeping its room. */
    public void clear() {
        size = 0;
        pendingHigh = 0;
    }

    public byte[] utf8() {
        endLoneHigh();
        return Arrays.copyOf(bytes, size);
    }

    /** A high surrogate not followed by its low half is written as {@code ?}. */
    private void endLoneHigh() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[size++] = REPLACEMENT;
        }
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

    private void append(byte[] piece, int offset, int length) {
        ensure(length);
        System.arraycopy(piece, offset, bytes, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
