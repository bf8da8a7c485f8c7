package dev.paperboy.listing;

import dev.paperboy.diag.Diagnostics;
import java.util.List;
import java.util.Objects;

/**
 * Reads listings into entries: pages saved as text, or Hugging Face's daily-papers JSON, told apart by content (JSON
 * starts with {@code [} or <code>{</code>; see {@link #isJson}). Pure: bytes in, listings and diagnostics out.
 *
 * <p>For listing text,
 * what it accepts and decides:
 * <ul>
 *   <li>UTF-8 only, strictly; a byte-order mark, CRLF or CR line ends, and spaces or tabs around lines are fine.
 *       A NUL byte, a byte that is not UTF-8 or a file with no text is an error naming the line.</li>
 *   <li>A file may hold several pages one after the other; each starts at its page header or its bare date line.
 *       Each listing takes its month and day from its own date line and its year from the {@link ListingYear}
 *       (a year on the date line itself wins). With {@code --date} and a single listing whose date line differs,
 *       the date line is trusted (within {@code --date}'s year) and a warning says so.</li>
 *   <li>A publication date without a year is in the listing's year, or the year before when it would fall after
 *       the listing date. {@code Feb 30} is an error, as is {@code Feb 29} of a common year.</li>
 *   <li>An entry cut off after its title is an error naming the title line; the other entries go on.</li>
 *   <li>An entry whose metadata block is cut off (end of file, or the next entry follows, before the publication
 *       date) is imported with what is there and a warning: the title and abstract are worth more than the date,
 *       and the curator sees the warning.</li>
 *   <li>An unreadable authors or date line is an error that drops that entry only.</li>
 * </ul>
 * Diagnostics name {@code label:line}, plus the column for a bad byte. Entries keep their page position even when an
 * earlier entry was dropped.
 */
public final class ListingParser {
    private ListingParser() {
    }

    /** Parses one file's bytes; label is the path to print in messages. Never throws for bad input: reports to diagnostics. */
    public static List<Listing> parse(String label, byte[] bytes, ListingYear year, Diagnostics diagnostics) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(diagnostics, "diagnostics");
        boolean json = isJson(bytes);
        return ListingText.decode(label, bytes, diagnostics)
                .map(text -> json
                        ? DailyPapersJson.parse(label, text, year, diagnostics)
                        : ListingText.lines(label, text, diagnostics)
                                .map(lines -> new ListingReader(label, lines, year, diagnostics).read())
                                .orElse(List.of()))
                .orElse(List.of());
    }

    /**
     * Whether the bytes are JSON (Hugging Face's daily papers) rather than listing text: the first character that is
     * not blank, after any byte-order mark, opens an array or an object, which no listing page starts with.
     */
    public static boolean isJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length && (bytes[i] == '[' || bytes[i] == '{');
    }
}
