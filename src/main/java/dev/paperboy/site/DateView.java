package dev.paperboy.site;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A content date in every form templates need, formatted here because FreeMarker knows no java.time. Feed
 * timestamps are the start of the day in the site's time zone.
 *
 * @param iso     {@code 2024-05-02}, for {@code <time datetime>} and sitemaps
 * @param text    {@code 2 May 2024}, for readers
 * @param rfc822  {@code Thu, 2 May 2024 00:00:00 GMT}, for RSS
 * @param rfc3339 {@code 2024-05-02T00:00:00Z}, for Atom
 */
public record DateView(String iso, String text, String rfc822, String rfc3339) {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public DateView {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rfc822, "rfc822");
        Objects.requireNonNull(rfc3339, "rfc3339");
    }

    /** The RFC 3339 time {@code seconds} after the start of {@code date} in {@code zone}. */
    public static String rfc3339(LocalDate date, ZoneId zone, int seconds) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ENGLISH)
                .format(date.atStartOfDay(zone).plusSeconds(seconds));
    }

    public static DateView of(LocalDate date, ZoneId zone) {
        var start = date.atStartOfDay(zone);
        return new DateView(date.toString(), TEXT.format(date),
                DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH).format(start),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ENGLISH).format(start));
    }
}
