package dev.paperboy.diag;

import java.util.Objects;

/** One problem a user can act on. {@code hint} may be empty when no fix can be guessed. */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, pos, message, "");
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, pos, message, "");
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, pos, message, newHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: {@code file:line:col: error: message (hint)}. Line breaks in the message are flattened. */
    public String format() {
        String line = pos + ": " + severity.label() + ": " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
        return line.replace('\r', ' ').replace('\n', ' ');
    }

    /** Sorted by file, then line, then column, so reports are deterministic whatever thread found them. */
    @Override
    public int compareTo(Diagnostic other) {
        int byFile = pos.file().compareTo(other.pos.file());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(pos.line(), other.pos.line());
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(pos.column(), other.pos.column());
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
