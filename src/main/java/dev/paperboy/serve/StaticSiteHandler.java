package dev.paperboy.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.paperboy.diag.SiteFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Entities;

/**
 * Serves the output folder only: {@code index.html} for folder URLs, the site's 404 page for the rest, HEAD and
 * conditional GET (ETag and Last-Modified), and while the last build failed, an error page instead of HTML.
 */
final class StaticSiteHandler implements HttpHandler {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Path root;
    /** The rule for links in the served folder, checked on the file actually served, at every request. */
    private final SiteFiles files;
    private final HostNames hosts;
    private final LiveReload liveReload;
    private final Supplier<List<String>> buildErrors;

    StaticSiteHandler(Path root, HostNames hosts, LiveReload liveReload, Supplier<List<String>> buildErrors) {
        this.root = root;
        this.files = new SiteFiles(root);
        this.hosts = hosts;
        this.liveReload = liveReload;
        this.buildErrors = buildErrors;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (refused(exchange)) {
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        boolean events = rawPath.equals(LiveReload.EVENTS_PATH);
        if (events && exchange.getRequestMethod().equals("GET")) {
            liveReload.subscribe(exchange);
            return;
        }
        try (exchange) {
            if (events) {
                send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0]);
                return;
            }
            Optional<Path> resolved = SafePaths.resolve(root, rawPath);
            if (resolved.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request path\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolved.get();
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", rawPath + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            List<String> errors = buildErrors.get();
            if (!errors.isEmpty() && ContentTypes.of(file.getFileName().toString()).startsWith("text/html")) {
                sendErrorPage(exchange, errors);
            } else {
                Optional<Path> served = servable(file);
                if (served.isPresent()) {
                    sendFile(exchange, file, served.get(), 200);
                } else {
                    sendNotFound(exchange);
                }
            }
        }
    }

    /** Answers (and closes) requests from another host name, and methods other than GET and HEAD. */
    private boolean refused(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
            try (exchange) {
                send(exchange, 421, "text/plain; charset=utf-8", ("this preview answers only to localhost, an IP "
                        + "address or the --bind name\n").getBytes(StandardCharsets.UTF_8));
            }
            return true;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            try (exchange) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8",
                        "method not allowed\n".getBytes(StandardCharsets.UTF_8));
            }
            return true;
        }
        return false;
    }

    /** The real file to read for {@code file}: a regular file, itself or through links that stay in the folder. */
    private Optional<Path> servable(Path file) {
        try {
            Path real = files.inside(file);
            return Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @param file the file asked for, which names the content type; {@code real} is read */
    private void sendFile(HttpExchange exchange, Path file, Path real, int status) throws IOException {
        byte[] body = Files.readAllBytes(real);
        String type = ContentTypes.of(file.getFileName().toString());
        if (type.startsWith("text/html")) {
            body = LiveReload.inject(body);
        }
        String etag = "\"" + sha256(body) + "\"";
        Instant modified = Files.getLastModifiedTime(real).toInstant()
                .with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(modified.atZone(ZoneOffset.UTC)));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (status == 200 && notModified(exchange, etag, modified)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, status, type, body);
    }

    private static boolean notModified(HttpExchange exchange, String etag, Instant modified) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag) || ifNoneMatch.trim().equals("*");
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                return !modified.isAfter(ZonedDateTime.parse(ifModifiedSince, HTTP_DATE).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private void sendNotFound(HttpExchange exchange) throws IOException {
        Path notFound = root.resolve("404.html");
        Optional<Path> served = servable(notFound);
        if (served.isPresent()) {
            sendFile(exchange, notFound, served.get(), 404);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void sendErrorPage(HttpExchange exchange, List<String> errors) throws IOException {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Build failed</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem}"
                + "pre{white-space:pre-wrap;background:#fee;color:#600;padding:1rem}</style></head><body>"
                + "<h1>Build failed</h1><p>Fix the file and save: this page reloads by itself.</p><pre>");
        errors.forEach(line -> page.append(Entities.escape(line)).append('\n'));
        page.append("</pre></body></html>");
        byte[] body = LiveReload.inject(page.toString().getBytes(StandardCharsets.UTF_8));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 500, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
