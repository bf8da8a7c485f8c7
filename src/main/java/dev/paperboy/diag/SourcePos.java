package dev.paperboy.diag;

import java.util.Objects;

/** A place in a user's file: path relative to the site folder, 1-based line and column (0 = unknown). */
public record SourcePos(String file, int line, int column) {
    public SourcePos {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public static SourcePos of(String file) {
        return new SourcePos(file, 0, 0);
    }

    public static SourcePos of(String file, int line) {
        return new SourcePos(file, line, 0);
    }

    /** {@code file:line:column}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
