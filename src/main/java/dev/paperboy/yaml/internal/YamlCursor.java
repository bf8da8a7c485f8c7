package dev.paperboy.yaml.internal;

import dev.paperboy.diag.SourcePos;

/**
 * A position in a YAML text that keeps track of its line, for {@link SimpleYaml}: it moves over spaces, blank
 * and comment lines and line ends, and says where an offset is as the user sees it.
 */
final class YamlCursor {
    private final String file;
    private final String text;
    private final int firstLine;
    private int pos;
    private int line;
    private int lineStart;
    /** The last offset {@link #position} counted columns to, on the line starting at {@link #countedLine}. */
    private int countedLine = -1;
    private int countedTo;
    private int countedColumns;

    /** {@code text} starts on line {@code firstLine} of {@code file}. */
    YamlCursor(String file, String text, int firstLine) {
        this.file = file;
        this.text = text;
        this.firstLine = firstLine;
    }

    int pos() {
        return pos;
    }

    /** Moves on the current line; see {@link #crossLines} to move to a later one. */
    void moveTo(int offset) {
        pos = offset;
    }

    boolean atEnd() {
        return pos == text.length();
    }

    /** The character at the current position, or a line break at the end of the text. */
    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\n';
    }

    int lineStart() {
        return lineStart;
    }

    /** The number of spaces that start the current line. */
    int indent() {
        int at = lineStart;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at - lineStart;
    }

    boolean atLineEnd() {
        return pos == text.length() || text.charAt(pos) == '\n';
    }

    boolean isBlankOrEnd(int at) {
        return at >= text.length() || text.charAt(at) == ' ' || text.charAt(at) == '\n';
    }

    void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** Skips trailing spaces, a comment and the line break; anything else left on the line makes it unsure. */
    void endLine() {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '#' && text.charAt(pos - 1) == ' ') {
            skipComment();
        }
        if (!atLineEnd()) {
            throw Unsure.INSTANCE;
        }
        nextLine();
    }

    /** From a line break (or the end) to the start of the next line. */
    void nextLine() {
        if (pos < text.length()) {
            pos++;
            line++;
            lineStart = pos;
        }
    }

    /** From the start of a line, past lines that are empty, hold only spaces or only a comment. */
    void skipBlankLines() {
        while (pos < text.length()) {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '#') {
                skipComment();
            }
            if (!atLineEnd()) {
                pos = lineStart;
                return;
            }
            nextLine();
        }
    }

    /** Moves to {@code offset}, on the line starting at {@code lastLineStart}, {@code lineBreaks} lines down. */
    void crossLines(int lineBreaks, int lastLineStart, int offset) {
        line += lineBreaks;
        lineStart = lastLineStart;
        pos = offset;
    }

    /** Where {@code offset} on the current line is; like SnakeYAML, columns count code points, not chars. */
    SourcePos position(int offset) {
        // Counts on from the last position asked for on this line: the nodes of a long flow list would
        // otherwise each count from the line start.
        if (countedLine != lineStart || offset < countedTo) {
            countedLine = lineStart;
            countedTo = lineStart;
            countedColumns = 0;
        }
        // Offsets are where nodes start, after an ASCII character: never inside a surrogate pair.
        countedColumns += Character.codePointCount(text, countedTo, offset);
        countedTo = offset;
        return new SourcePos(file, firstLine + line, countedColumns + 1);
    }

    /** Skips a comment to the end of its line; SnakeYAML also ends lines at characters it may hold (U+2028). */
    private void skipComment() {
        int lineEnd = text.indexOf('\n', pos);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (!YamlChars.allPrintable(text, pos, lineEnd)) {
            throw Unsure.INSTANCE;
        }
        pos = lineEnd;
    }
}
