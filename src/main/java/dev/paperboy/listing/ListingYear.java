package dev.paperboy.listing;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a listing's date lines (which carry no year) belong to, and how it was chosen, so the importer can say
 * it.
 *
 * @param year    the listing's year
 * @param source  human-readable, e.g. {@code year 2025 from --date}
 * @param date    the listing's full date when {@code --date} gave it, else null
 * @param guessed true when nothing said the year and the clock's current year was taken
 */
public record ListingYear(int year, String source, LocalDate date, boolean guessed) {
    private static final Pattern DATE_IN_NAME = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    public ListingYear {
        Objects.requireNonNull(source, "source");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("blank year source");
        }
        if (date != null && date.getYear() != year) {
            throw new IllegalArgumentException("date " + date + " is not in year " + year);
        }
    }

    public ListingYear(int year, String source, LocalDate date) {
        this(year, source, date, false);
    }

    public ListingYear(int year, String source) {
        this(year, source, null);
    }

    /**
     * Chooses the year from {@code --date}, else a {@code YYYY-MM-DD} date in the file's name, else {@code --year},
     * else the clock's current year.
     *
     * @param fileName the listing file's name or path (nullable)
     * @param date     {@code --date}, the listing's full date (nullable)
     * @param year     {@code --year} (nullable)
     */
    public static ListingYear resolve(String fileName, LocalDate date, Integer year, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (date != null) {
            return new ListingYear(date.getYear(), "year " + date.getYear() + " from --date", date);
        }
        Optional<Integer> fromName = yearInFileName(fileName);
        if (fromName.isPresent()) {
            return new ListingYear(fromName.get(), "year " + fromName.get() + " from file name");
        }
        if (year != null) {
            return new ListingYear(year, "year " + year + " from --year");
        }
        int current = LocalDate.now(clock).getYear();
        return new ListingYear(current, "year " + current + " (current year; pass --year or --date to set it)", null,
                true);
    }

    /** The year of the first valid date in the name's last path segment; {@code 2025-13-45} is not a date. */
    public static Optional<Integer> yearInFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String baseName = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        Matcher matcher = DATE_IN_NAME.matcher(baseName);
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            try {
                LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
                if (year >= 1) {
                    return Optional.of(year);
                }
            } catch (DateTimeException notADate) {
                // another part of the name may still hold a date
            }
        }
        return Optional.empty();
    }
}
