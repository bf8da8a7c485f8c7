package dev.paperboy.validate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The plainest static file server, on 127.0.0.1 and a free port, as a web host would serve the output folder:
 * folders answer with their index.html, missing files with 404.html and status 404. No live-reload script. The
 * site may be served under a sub-path, as a project site on a shared host is.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "xml", "application/xml",
            "txt", "text/plain; charset=utf-8", "xsl", "text/xsl; charset=utf-8");

    private final HttpServer server;
    private final String path;

    private StaticServer(HttpServer server, String path) {
        this.server = server;
        this.path = path;
    }

    static StaticServer start(Path root) throws IOException {
        return start(root, "/");
    }

    /** @param path where the site is served, starting and ending with {@code /} */
    static StaticServer start(Path root, String path) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, exchange -> serve(root, path, exchange));
        server.start();
        return new StaticServer(server, path);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void serve(Path root, String path, HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(path.length())).normalize();
            file = Files.isDirectory(file) ? file.resolve("index.html") : file;
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
