package dev.paperboy.fetch;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

/**
 * GETs documents over HTTP for import and resolve with the JDK's client: a connect and an answer timeout, a
 * User-Agent naming Paperboy and its version, redirects followed (never from https to http), bodies capped in size.
 * Every failure is one line naming the address: offline, a timeout, or an answer other than 200.
 */
public final class HttpFetcher {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** A daily-papers day is some 300 kB, an arXiv answer less: anything near this is not what was asked for. */
    static final int MAX_BODY_BYTES = 32 << 20;

    private final HttpClient client;
    private final String userAgent;
    private final Duration answerTimeout;

    /** {@code version} goes into the User-Agent, as arXiv and Hugging Face ask of clients. */
    public HttpFetcher(String version) {
        this(version, CONNECT_TIMEOUT, ANSWER_TIMEOUT);
    }

    public HttpFetcher(String version, Duration connectTimeout, Duration answerTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.userAgent = "Paperboy/" + version + " (static site generator for research-paper digests; Java "
                + Runtime.version().feature() + ")";
        this.answerTimeout = answerTimeout;
    }

    public String userAgent() {
        return userAgent;
    }

    /**
     * A 200 answer's body, and the next page its {@code Link} headers name on the same host ({@link NextPageLink}).
     */
    public record Answer(byte[] body, Optional<URI> next) {
    }

    /** The body of a 200 answer; otherwise one error at {@code pos}, and empty. */
    public Optional<byte[]> get(URI uri, SourcePos pos, Diagnostics diagnostics) {
        return fetch(uri, pos, diagnostics).map(Answer::body);
    }

    /** A 200 answer with the page it says comes next; otherwise one error at {@code pos}, and empty. */
    public Optional<Answer> fetch(URI uri, SourcePos pos, Diagnostics diagnostics) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(answerTimeout)
                .header("User-Agent", userAgent)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    diagnostics.error(pos, uri + " answered HTTP " + response.statusCode() + ", not 200",
                            hint(response.statusCode()));
                    return Optional.empty();
                }
                byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    diagnostics.error(pos, uri + " answered more than " + (MAX_BODY_BYTES >> 20) + " MiB; not read");
                    return Optional.empty();
                }
                return Optional.of(new Answer(bytes, NextPageLink.of(response.headers().allValues("Link"),
                        response.uri())));
            }
        } catch (HttpTimeoutException e) {
            diagnostics.error(pos, "no answer from " + uri.getHost() + " within " + seconds(e) + "; try again later");
        } catch (ConnectException | UnresolvedAddressException e) {
            diagnostics.error(pos, "cannot connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + " for " + uri, "offline, or no such host?");
        } catch (IOException e) {
            diagnostics.error(pos, "download of " + uri + " failed: " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.error(pos, "download of " + uri + " interrupted");
        }
        return Optional.empty();
    }

    private String seconds(HttpTimeoutException e) {
        if (e.getMessage() != null && e.getMessage().contains("connect")) {
            return "the connect timeout";
        }
        return answerTimeout.toMillis() % 1000 == 0 ? answerTimeout.toSeconds() + " s" : answerTimeout.toMillis() + " ms";
    }

    private static String hint(int status) {
        if (status == 429 || status == 503) {
            return "the service is busy; try again later";
        }
        return status == 404 ? "check the address" : null;
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst()
                .orElse("");
    }
}
