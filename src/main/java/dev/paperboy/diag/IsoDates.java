package dev.paperboy.diag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written as {@code YYYY-MM-DD} (file names, {@code --date}), and what to tell a user whose text is not one:
 * the form, or why a text of that form is no date ({@code 2025-11-31}: 31 November does not exist).
 */
public final class IsoDates {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private IsoDates() {
    }

    /** Whether the text has the form {@code YYYY-MM-DD}, a real date or not. */
    public static boolean hasForm(String text) {
        return FORM.matcher(text).matches();
    }

    /** The date, or an exception whose message says what is wrong with the text. */
    public static LocalDate parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            throw new DateTimeException("\"" + text + "\" is not a date of the form YYYY-MM-DD");
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        int day = Integer.parseInt(matcher.group(3));
        if (month < 1 || month > 12) {
            throw new DateTimeException("month " + month + " does not exist (\"" + text + "\", YYYY-MM-DD)");
        }
        Month named = Month.of(month);
        if (day < 1 || day > named.length(Year.isLeap(year))) {
            String name = named.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            boolean leapDay = named == Month.FEBRUARY && day == 29;
            throw new DateTimeException(day + " " + name + (leapDay ? " " + year : "") + " does not exist"
                    + (leapDay ? " (" + year + " is not a leap year)" : ""));
        }
        return LocalDate.of(year, month, day);
    }
}
