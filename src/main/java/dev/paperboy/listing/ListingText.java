package dev.paperboy.listing;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a listing file's bytes into its non-blank lines, or reports why they are not listing text: empty, binary
 * (a NUL byte) or not UTF-8. Accepts a byte-order mark and LF, CRLF or CR line ends.
 */
final class ListingText {
    private ListingText() {
    }

    static Optional<List<Line>> lines(String label, byte[] bytes, Diagnostics diagnostics) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            diagnostics.error(SourcePos.of(label, lineOf(bytes, nul)), "binary data, not listing text (NUL byte)");
            return Optional.empty();
        }
        Optional<String> text = decode(label, bytes, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = split(text.get());
        if (lines.isEmpty()) {
            diagnostics.error(SourcePos.of(label, 1), "empty listing");
            return Optional.empty();
        }
        return Optional.of(lines);
    }

    private static Optional<String> decode(String label, byte[] bytes, Diagnostics diagnostics) {
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
            int bad = in.position();
            int lineStart = lineStart(bytes, bad);
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            diagnostics.error(new SourcePos(label, lineOf(bytes, bad), column),
                    String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF), "save the listing as UTF-8");
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    /** Non-blank lines, trimmed; a line end is LF, CRLF or a lone CR. */
    private static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        boolean hasCarriageReturns = text.indexOf('\r') >= 0;
        int number = 1;
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = hasCarriageReturns ? lineEnd(text, start) : text.indexOf('\n', start);
            end = end < 0 ? length : end;
            int from = start;
            int to = end;
            while (from < to && LatexCleaner.isSpace(text.charAt(from))) {
                from++;
            }
            while (to > from && LatexCleaner.isSpace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                lines.add(new Line(number, text.substring(from, to)));
            }
            number++;
            start = end + (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    /** Counts line ends the way {@link #split} does: LF, CRLF and lone CR. */
    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int lineStart(byte[] bytes, int index) {
        int start = index;
        while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
            start--;
        }
        return start;
    }
}
