package dev.paperboy.listing;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.diag.StrictUtf8;
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

    /** The text without its byte-order mark, or why the bytes are not text (reported). */
    static Optional<String> decode(String label, byte[] bytes, Diagnostics diagnostics) {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        StrictUtf8.Failure failure = decoded.failure();
        if (failure != null && failure.fault() == StrictUtf8.Fault.NUL_BYTE) {
            diagnostics.error(SourcePos.of(label, failure.line()), "binary data, not listing text (NUL byte)");
            return Optional.empty();
        }
        if (failure != null) {
            diagnostics.error(new SourcePos(label, failure.line(), failure.column()),
                    String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02X)", failure.value()),
                    "save the listing as UTF-8");
            return Optional.empty();
        }
        decoded.reportDropped(label, diagnostics);
        return Optional.of(decoded.text());
    }

    static Optional<List<Line>> lines(String label, String text, Diagnostics diagnostics) {
        List<Line> lines = split(text);
        if (lines.isEmpty()) {
            diagnostics.error(SourcePos.of(label, 1), "empty listing");
            return Optional.empty();
        }
        return Optional.of(lines);
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

}
