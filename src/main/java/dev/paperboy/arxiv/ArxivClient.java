package dev.paperboy.arxiv;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks arXiv's API (the {@code query} method, Atom answers) for papers by title or by id: from the cache when it has
 * the answer (one that found nothing, for a day), else over the network, one request at a time and no faster than
 * the {@link Pacer} allows. Every failure is one error at the position given, and the answer is empty.
 */
public final class ArxivClient {
    /** The environment variable that replaces the API's address, as tests and mirrors need. */
    public static final String BASE_URL_VARIABLE = "PAPERBOY_ARXIV_API_URL";
    public static final String DEFAULT_BASE_URL = "http://export.arxiv.org/api/query";
    /** Enough to rank the near misses when the title is not found as it is written. */
    static final int MAX_RESULTS = 10;
    /**
     * How long an answer that found nothing is used before arXiv is asked again: its results change at most once a
     * day, and a busy arXiv may answer with an empty feed rather than an error.
     */
    static final Duration NOTHING_FOUND_KEPT = Duration.ofDays(1);

    /** Gets a URL's body on a 200 answer; otherwise reports one error at {@code pos} and is empty. */
    @FunctionalInterface
    public interface Transport {
        Optional<byte[]> get(URI uri, SourcePos pos, Diagnostics diagnostics);
    }

    private final String baseUrl;
    private final Transport transport;
    private final Pacer pacer;
    private final AnswerCache cache;
    private final boolean refresh;
    private final InstantSource clock;
    private int requests;

    /**
     * @param cacheFolder where answers are kept
     * @param refresh     ask again even when the cache has the answer (and keep the new one)
     * @param clock       what tells a kept answer that found nothing from one to ask again
     */
    public ArxivClient(String baseUrl, Transport transport, Pacer pacer, Path cacheFolder, boolean refresh,
            InstantSource clock) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.cache = new AnswerCache(cacheFolder);
        this.refresh = refresh;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The API address: {@code environment}'s {@link #BASE_URL_VARIABLE}, else arXiv's own.
     *
     * @throws IllegalArgumentException when the variable holds no http(s) URL
     */
    public static String baseUrl(Map<String, String> environment) {
        String url = environment.getOrDefault(BASE_URL_VARIABLE, "");
        if (url.isBlank()) {
            return DEFAULT_BASE_URL;
        }
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(BASE_URL_VARIABLE + " is not an http(s) URL: \"" + url + "\"");
    }

    /** The papers whose title holds the phrase of {@code title}'s words, most relevant first. */
    public Optional<ArxivFeed> searchTitle(String title, SourcePos pos, Diagnostics diagnostics) {
        String phrase = URLEncoder.encode(String.join(" ", Titles.words(title)), StandardCharsets.UTF_8);
        return ask(uri("search_query=ti:%22" + phrase + "%22&start=0&max_results=" + MAX_RESULTS), pos, diagnostics);
    }

    /** The paper {@code id} (any version: its latest). */
    public Optional<ArxivFeed> byId(String id, SourcePos pos, Diagnostics diagnostics) {
        return ask(uri("id_list=" + URLEncoder.encode(id, StandardCharsets.UTF_8)), pos, diagnostics);
    }

    /** How many requests went over the network so far. */
    public int requests() {
        return requests;
    }

    private URI uri(String query) {
        return URI.create(baseUrl + (baseUrl.contains("?") ? "&" : "?") + query);
    }

    private Optional<ArxivFeed> ask(URI uri, SourcePos pos, Diagnostics diagnostics) {
        if (!refresh) {
            Optional<ArxivFeed> cached = cache.get(uri).flatMap(kept -> parseQuietly(kept.answer())
                    .filter(feed -> !feed.entries().isEmpty()
                            || kept.saved().plus(NOTHING_FOUND_KEPT).isAfter(clock.instant())));
            if (cached.isPresent()) {
                return cached;
            }
        }
        Optional<byte[]> answer;
        try {
            pacer.awaitTurn();
            requests++;
            answer = transport.get(uri, pos, diagnostics);
            pacer.answered();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.error(pos, "interrupted while waiting to ask arXiv");
            return Optional.empty();
        }
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        ArxivFeed feed;
        try {
            feed = AtomFeeds.parse(answer.get());
        } catch (InvalidAnswerException e) {
            diagnostics.error(pos, "arXiv's answer to " + uri + " is unusable: " + e.getMessage());
            return Optional.empty();
        }
        try {
            cache.put(uri, answer.get());
        } catch (IOException e) {
            diagnostics.warning(pos, "arXiv's answer not kept in the cache: " + e.getMessage());
        }
        return Optional.of(feed);
    }

    private static Optional<ArxivFeed> parseQuietly(byte[] bytes) {
        try {
            return Optional.of(AtomFeeds.parse(bytes));
        } catch (InvalidAnswerException e) {
            return Optional.empty();
        }
    }
}
