package dev.paperboy.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Collects one page's text as templates write it. Templates write many small pieces: unlike an
 * {@code OutputStreamWriter} (a lock and a charset encoder call per piece) or a {@code StringWriter} (a lock per
 * piece), this only appends, and the page is encoded to UTF-8 once at the end. One thread, one page.
 */
final class PageBuffer extends Writer {
    private final StringBuilder text = new StringBuilder(16 * 1024);

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
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
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
