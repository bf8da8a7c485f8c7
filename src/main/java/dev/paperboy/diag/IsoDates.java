package dev.paperboy.diag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates written as {@code YYYY-MM-DD} (file names, {@code --date}), and what to tell a user whose text is not one:
 * the form, or why a text of that form is no date ({@code 2025-11-31}: 31 November does not exist).
 */
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * Whether the text has the form {@code YYYY-MM-DD} in ASCII digits, a real date or not. Checked by hand: front
     * matter is read through here, a few dates a paper.
     */
    public static boolean hasForm(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The date, or an exception whose message says what is wrong with the text. */
    public static LocalDate parse(String text) {
        if (!hasForm(text)) {
            throw new DateTimeException("\"" + text + "\" is not a date of the form YYYY-MM-DD");
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
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

    private static int digits(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + text.charAt(i) - '0';
        }
        return number;
    }
}
