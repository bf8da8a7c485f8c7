package dev.paperboy.fetch;

import dev.paperboy.diag.IsoDates;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One day of Hugging Face's daily papers to download: {@code hf:YYYY-MM-DD}, or the API's own URL
 * ({@code https://huggingface.co/api/daily_papers?date=YYYY-MM-DD}).
 *
 * @param uri  what to download
 * @param date the day it lists, which names the saved copy
 */
public record DailyPapersSource(URI uri, LocalDate date) {
    /** The environment variable that replaces the API's address, as tests and mirrors need. */
    public static final String BASE_URL_VARIABLE = "PAPERBOY_HF_API_URL";
    public static final String DEFAULT_BASE_URL = "https://huggingface.co/api/daily_papers";
    private static final String PREFIX = "hf:";
    private static final Pattern DATE_PARAMETER = Pattern.compile("(?:^|&)date=([^&]*)");

    public DailyPapersSource {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(date, "date");
    }

    /** Whether an import argument names a download rather than a file. */
    public static boolean isSource(String argument) {
        return argument.startsWith(PREFIX) || argument.startsWith("https://") || argument.startsWith("http://");
    }

    /**
     * The source an argument names, with {@code hf:} dates asked of the address in {@code environment}'s
     * {@link #BASE_URL_VARIABLE}, or of Hugging Face.
     *
     * @throws IllegalArgumentException naming what is wrong with the argument
     */
    public static DailyPapersSource parse(String argument, Map<String, String> environment) {
        if (argument.startsWith(PREFIX)) {
            LocalDate date = date(argument.substring(PREFIX.length()), argument);
            String base = Optional.ofNullable(environment.get(BASE_URL_VARIABLE)).filter(url -> !url.isBlank())
                    .orElse(DEFAULT_BASE_URL);
            return new DailyPapersSource(uri(withParameter(base, "date=" + date), base), date);
        }
        URI uri = uri(argument, argument);
        Matcher matcher = DATE_PARAMETER.matcher(Objects.requireNonNullElse(uri.getRawQuery(), ""));
        if (uri.getHost() == null || !matcher.find()) {
            throw new IllegalArgumentException("\"" + argument + "\" names no day: give the daily-papers API's URL"
                    + " with ?date=YYYY-MM-DD, or hf:YYYY-MM-DD");
        }
        return new DailyPapersSource(uri, date(matcher.group(1), argument));
    }

    /** The name of the copy kept in content/listings: it holds the date, so a re-import needs no network. */
    public String fileName() {
        return "hf-" + date + ".json";
    }

    /** {@code address} with {@code parameter} ({@code name=value}) added to its query, or as its query. */
    static String withParameter(String address, String parameter) {
        return address + (address.contains("?") ? "&" : "?") + parameter;
    }

    private static LocalDate date(String text, String argument) {
        try {
            return IsoDates.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + argument + "\" names no valid day: " + e.getMessage());
        }
    }

    private static URI uri(String text, String argument) {
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new URISyntaxException(text, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + argument + "\": " + (argument.equals(text) ? "" : BASE_URL_VARIABLE
                    + " ") + "is not an http(s) URL: " + e.getReason());
        }
    }
}
