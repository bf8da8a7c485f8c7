package dev.paperboy.listing;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the non-blank lines of one file into listings. The grammar, blank lines ignored:
 * <pre>
 * file     = listing+
 * listing  = chrome* DATE entry*              (a new listing starts at a chrome line or a bare "Nov 13")
 * entry    = TITLE ABSTRACT metadata?
 * metadata = (AUTHORS | ORGANISATION) "·" DATE [UPVOTES]
 * </pre>
 * Titles and abstracts cannot be told apart by their text, so the lines between two metadata blocks are paired
 * from the end when a metadata block follows (a title without abstract just before an entry is the odd one out) and
 * from the start when the listing ends there (the odd one out is a title cut off at the end).
 */
final class ListingReader {
    private static final Set<String> PAGE_CHROME = Set.of("new", "get trending papers in your email inbox!",
            "subscribe", "daily papers", "byak and the research community");
    private static final Pattern AUTHORS = Pattern.compile("•[ \\t]*(\\d{1,6})[ \\t]+authors?",
            Pattern.CASE_INSENSITIVE);
    private static final String DOT = "·";
    /** Organisation lines are an account and a display name; longer lines are abstracts. */
    private static final int MAX_ORGANISATION_LINE = 120;
    private static final int QUOTE_LIMIT = 60;

    /** What a metadata block said; all null when an entry has none. */
    private record Metadata(Integer authorsCount, Organization organization, LocalDate published, Integer upvotes) {
        static final Metadata NONE = new Metadata(null, null, null, null);
    }

    private final String label;
    private final List<Line> lines;
    private final ListingYear year;
    private final Diagnostics diagnostics;
    private int index;
    private int position;

    ListingReader(String label, List<Line> lines, ListingYear year, Diagnostics diagnostics) {
        this.label = label;
        this.lines = unglueChrome(lines);
        this.year = year;
        this.diagnostics = diagnostics;
    }

    List<Listing> read() {
        List<Listing> listings = new ArrayList<>();
        while (index < lines.size()) {
            readListing().ifPresent(listings::add);
        }
        if (listings.size() == 1 && year.date() != null && !year.date().equals(listings.get(0).date())) {
            Listing listing = listings.get(0);
            diagnostics.warning(listing.pos(), "the date line (" + listing.date() + ") disagrees with --date "
                    + year.date() + "; using the date line");
        }
        return listings;
    }

    private Optional<Listing> readListing() {
        int headerStart = index;
        while (index < lines.size() && isChrome(lines.get(index))) {
            index++;
        }
        if (index == lines.size()) {
            error(lines.get(headerStart), "no listing date line (like \"Nov 13\") after the page header");
            return Optional.empty();
        }
        Line dateLine = lines.get(index);
        Optional<DateLine> parsed = DateLine.parse(dateLine.text()).filter(DateLine::isListingDate);
        if (parsed.isEmpty()) {
            error(dateLine, "expected the listing's date line (like \"Nov 13\"), found " + quote(dateLine.text()));
            skipToNextHeader();
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = parsed.get().inYear(year.year());
        } catch (DateTimeException invalid) {
            error(dateLine, "invalid date " + quote(dateLine.text()));
            index++;
            skipToNextHeader();
            return Optional.empty();
        }
        index++;
        position = 0;
        List<ListingEntry> entries = readEntries(date);
        if (position == 0) {
            diagnostics.warning(pos(dateLine), "listing of " + date + " has no entries");
        }
        return Optional.of(new Listing(date, pos(dateLine), entries));
    }

    private List<ListingEntry> readEntries(LocalDate listingDate) {
        List<ListingEntry> entries = new ArrayList<>();
        while (index < lines.size() && !startsListing(index)) {
            int end = index;
            while (end < lines.size() && !startsListing(end) && !isMetadataStart(end)) {
                end++;
            }
            int count = end - index;
            boolean metadataFollows = end < lines.size() && isMetadataStart(end);
            if (count == 0) {
                error(lines.get(index), "metadata block without a title and abstract before it");
                readMetadata(listingDate);
                continue;
            }
            if (count % 2 == 1 && metadataFollows) {
                reportNoAbstract(lines.get(index++), "");
                if (--count == 0) {
                    readMetadata(listingDate);
                    continue;
                }
            }
            for (; count >= 2; count -= 2) {
                Line title = lines.get(index);
                Line abstractLine = lines.get(index + 1);
                index += 2;
                position++;
                Optional<Metadata> metadata = count == 2 && metadataFollows
                        ? readMetadata(listingDate)
                        : Optional.of(Metadata.NONE);
                metadata.flatMap(found -> entry(listingDate, title, abstractLine, found)).ifPresent(entries::add);
            }
            if (count == 1) {
                reportNoAbstract(lines.get(index++), "file cut off?");
            }
        }
        return entries;
    }

    /**
     * Reads the block at {@link #index}. A block cut off before its date (end of file, or the next entry follows)
     * still gives the entry what it has, with a warning; an unreadable authors or date line drops the entry.
     */
    private Optional<Metadata> readMetadata(LocalDate listingDate) {
        Line first = lines.get(index);
        Integer authors = null;
        Organization organization = null;
        boolean readable = true;
        if (first.text().equals(DOT)) {
            diagnostics.warning(pos(first), "metadata block has no authors or organisation line");
        } else {
            index++;
            Matcher matcher = AUTHORS.matcher(first.text());
            if (matcher.matches()) {
                authors = Integer.valueOf(matcher.group(1));
            } else if (first.text().startsWith("•")) {
                error(first, "cannot read the authors line " + quote(first.text()) + " (expected like \"• 7 authors\")");
                readable = false;
            } else {
                organization = organization(first.text());
            }
        }
        Line last = first;
        if (index < lines.size() && lines.get(index).text().equals(DOT)) {
            last = lines.get(index++);
        }
        if (index >= lines.size() || isChrome(lines.get(index)) || !DateLine.looksLikeDate(lines.get(index).text())) {
            diagnostics.warning(pos(last), "metadata block ends without a publication date (file cut off?);"
                    + " entry imported without it");
            return readable ? Optional.of(new Metadata(authors, organization, null, null)) : Optional.empty();
        }
        Line dateLine = lines.get(index++);
        Optional<DateLine> parsed = DateLine.parse(dateLine.text());
        if (parsed.isEmpty()) {
            error(dateLine, "cannot read the publication date " + quote(dateLine.text())
                    + " (expected like \"Jun 12\", \"Oct 7, 2019\" or \"Mar 14, 2024 11\")");
            return Optional.empty();
        }
        LocalDate published;
        try {
            published = parsed.get().publishedBy(listingDate);
        } catch (DateTimeException invalid) {
            error(dateLine, "invalid date " + quote(dateLine.text()));
            return Optional.empty();
        }
        return readable
                ? Optional.of(new Metadata(authors, organization, published, parsed.get().upvotes()))
                : Optional.empty();
    }

    private Optional<ListingEntry> entry(LocalDate listingDate, Line titleLine, Line abstractLine, Metadata metadata) {
        String title = LatexCleaner.clean(titleLine.text());
        if (title.isEmpty()) {
            error(titleLine, "title " + quote(titleLine.text()) + " is empty once its LaTeX is read");
            return Optional.empty();
        }
        String abstractText = LatexCleaner.clean(abstractLine.text());
        List<String> links = HttpUrls.inText(abstractText, found -> diagnostics.warning(pos(abstractLine),
                "link " + quote(found) + " left out: not a valid http(s) URL"));
        return Optional.of(new ListingEntry(pos(titleLine), listingDate, position, title, abstractText,
                metadata.authorsCount(), metadata.organization(), metadata.published(), metadata.upvotes(), links,
                Links.codeUrl(links).orElse(null), null, List.of(), null));
    }

    private void reportNoAbstract(Line title, String hint) {
        position++;
        diagnostics.error(pos(title), "entry " + quote(title.text()) + " has a title but no abstract", hint);
    }

    private static Organization organization(String text) {
        int space = 0;
        while (space < text.length() && !LatexCleaner.isSpace(text.charAt(space))) {
            space++;
        }
        String account = text.substring(0, space);
        String name = text.substring(space).strip();
        return new Organization(account, name.isEmpty() ? account : name);
    }

    /**
     * Splits the page chrome off a line it was glued to: two saved pages joined into one file, the first without a
     * final newline, give {@code Mar 14, 2024 11new} followed by the second page's chrome. A line that ends with a
     * chrome line's text, right before a chrome line, is where the next page starts.
     */
    private static List<Line> unglueChrome(List<Line> lines) {
        List<Line> split = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            String chrome = isChrome(lines.get(i + 1)) && !isChrome(line) ? chromeEnding(line.text()) : null;
            if (chrome != null) {
                if (split == null) {
                    split = new ArrayList<>(lines.subList(0, i));
                }
                String text = line.text();
                split.add(new Line(line.number(), text.substring(0, text.length() - chrome.length()).strip()));
                split.add(new Line(line.number(), text.substring(text.length() - chrome.length())));
            } else if (split != null) {
                split.add(line);
            }
        }
        if (split != null) {
            split.add(lines.get(lines.size() - 1));
        }
        return split == null ? lines : split;
    }

    /** The chrome text a longer line ends with, or null. */
    private static String chromeEnding(String text) {
        for (String chrome : PAGE_CHROME) {
            int start = text.length() - chrome.length();
            if (start > 0 && text.regionMatches(true, start, chrome, 0, chrome.length())
                    && !text.substring(0, start).isBlank()) {
                return chrome;
            }
        }
        return null;
    }

    private boolean startsListing(int at) {
        Line line = lines.get(at);
        return isChrome(line) || DateLine.parse(line.text()).filter(DateLine::isListingDate).isPresent();
    }

    private boolean isMetadataStart(int at) {
        String text = lines.get(at).text();
        return text.startsWith("•") || text.equals(DOT) || (text.length() <= MAX_ORGANISATION_LINE
                && at + 1 < lines.size() && lines.get(at + 1).text().equals(DOT));
    }

    private static boolean isChrome(Line line) {
        return line.text().length() < 50 && PAGE_CHROME.contains(line.text().toLowerCase(Locale.ROOT));
    }

    private void skipToNextHeader() {
        while (index < lines.size() && !isChrome(lines.get(index))) {
            index++;
        }
    }

    private void error(Line line, String message) {
        diagnostics.error(pos(line), message);
    }

    private SourcePos pos(Line line) {
        return SourcePos.of(label, line.number());
    }

    private static String quote(String text) {
        return "\"" + (text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…") + "\"";
    }
}
