package dev.paperboy.listing;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date line of a listing: {@code Nov 13}, {@code Oct 7, 2019}, optionally followed by an upvote count
 * ({@code Mar 14, 2024 11}, {@code Oct 31 1}). Month names are English whatever the default locale.
 *
 * @param year    null when the line shows none
 * @param upvotes null when the line shows none; a number after the day without a comma is an upvote count
 */
record DateLine(Month month, int day, Integer year, Integer upvotes) {
    /** Longest date line worth matching; the guard keeps the regex off abstract lines. */
    private static final int MAX_LENGTH = 40;
    private static final Pattern SHAPE = Pattern.compile(
            "(\\p{L}{3,9})\\.?[ \\t]+(\\d{1,2})(?:[ \\t]*,[ \\t]*(\\d{4}))?(?:[ \\t]+(\\d{1,9}))?");
    private static final Pattern START = Pattern.compile("(\\p{L}{3,9})\\.?[ \\t]+\\d.*");
    private static final Map<String, Month> MONTHS = months();

    /** The line read as a date line, if it has that shape and a known month name (the day is not checked). */
    static Optional<DateLine> parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Month month = MONTHS.get(matcher.group(1).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        return Optional.of(new DateLine(month, Integer.parseInt(matcher.group(2)), integerOrNull(matcher.group(3)),
                integerOrNull(matcher.group(4))));
    }

    /** Whether the line starts like a date ({@code Jun 3...}), so a malformed one is reported rather than skipped. */
    static boolean looksLikeDate(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        Matcher matcher = START.matcher(text);
        return matcher.matches() && MONTHS.containsKey(matcher.group(1).toLowerCase(Locale.ROOT));
    }

    /** Whether this is the listing's own date line: no upvotes. */
    boolean isListingDate() {
        return upvotes == null;
    }

    /** The date in the given year, or in the line's own year when it shows one; throws for {@code Feb 30}. */
    LocalDate inYear(int defaultYear) {
        return LocalDate.of(year == null ? defaultYear : year, month, day);
    }

    /**
     * A publication date: without a year it is in the listing's year, or the year before when it would fall after
     * the listing date. Throws for dates that do not exist, such as {@code Feb 30} or {@code Feb 29} of a common
     * year.
     */
    LocalDate publishedBy(LocalDate listingDate) {
        if (year != null) {
            return LocalDate.of(year, month, day);
        }
        boolean afterListing = MonthDay.of(month, day).isAfter(MonthDay.from(listingDate));
        return LocalDate.of(listingDate.getYear() - (afterListing ? 1 : 0), month, day);
    }

    private static Integer integerOrNull(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new HashMap<>();
        for (Month month : Month.values()) {
            months.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
            months.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
        }
        months.put("sept", Month.SEPTEMBER);
        return Map.copyOf(months);
    }
}
