package dev.paperboy.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * Server-sent events to open pages: after a rebuild each page is told which URL paths changed and reloads itself
 * only if it is one of them. The script that listens is injected by the server into HTML responses; it is never
 * part of {@code build} output.
 *
 * <p>The server learns that a page went away only when writing to it fails, so every stream is written to
 * regularly ({@link #ping}) and closed when that fails; and at most {@link #MAX_PAGES} streams are kept, the
 * oldest closed first. The script closes its stream when the page is left (and opens one again if the browser
 * shows it from its back/forward cache): a browser has only a few connections per host, and pages kept in that
 * cache holding theirs made later page loads wait for one.
 */
final class LiveReload {
    static final String EVENTS_PATH = "/__paperboy/events";
    static final String RELOAD_ALL = "*";
    /** Far more pages than a curator keeps open; each holds a socket and a thread-free exchange. */
    static final int MAX_PAGES = 64;

    private static final String SCRIPT = "<script>(function(){var s,p=location.pathname.replace(/index\\.html$/,'');"
            + "function listen(){s=new EventSource('" + EVENTS_PATH + "');"
            + "s.addEventListener('reload',function(e){var c=e.data.split('\\n');"
            + "if(c.indexOf('*')>=0||c.indexOf(p)>=0){location.reload();}});}"
            + "listen();addEventListener('pagehide',function(){s.close();});"
            + "addEventListener('pageshow',function(e){if(e.persisted){listen();}});})();</script>";
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private record Page(HttpExchange exchange, OutputStream stream) {
        void close() {
            exchange.close();
        }
    }

    /** Oldest first. */
    private final Deque<Page> pages = new ArrayDeque<>();

    /** Keeps the exchange open as an event stream until the page goes away or the server stops. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        stream.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        Page evicted = null;
        synchronized (pages) {
            if (pages.size() >= MAX_PAGES) {
                evicted = pages.removeFirst();
            }
            pages.addLast(new Page(exchange, stream));
        }
        if (evicted != null) {
            evicted.close();
        }
    }

    /** How many event streams are open. */
    int openPages() {
        synchronized (pages) {
            return pages.size();
        }
    }

    /** Tells every open page which paths changed ({@link #RELOAD_ALL} for all); closes pages that went away. */
    void announce(Collection<String> changedPaths) {
        if (changedPaths.isEmpty()) {
            return;
        }
        StringBuilder event = new StringBuilder("event: reload\n");
        changedPaths.stream().sorted().forEach(path -> event.append("data: ").append(path).append('\n'));
        send(event.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a comment to every open page, so streams of pages that went away fail and are closed. */
    void ping() {
        send(PING);
    }

    private void send(byte[] bytes) {
        List<Page> open;
        synchronized (pages) {
            open = new ArrayList<>(pages);
        }
        for (Page page : open) {
            try {
                page.stream().write(bytes);
                page.stream().flush();
            } catch (IOException gone) {
                synchronized (pages) {
                    pages.remove(page);
                }
                page.close();
            }
        }
    }

    void closeAll() {
        List<Page> open;
        synchronized (pages) {
            open = new ArrayList<>(pages);
            pages.clear();
        }
        open.forEach(Page::close);
    }

    /** Inserts the listening script before {@code </body>}, or at the end when there is none. */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + SCRIPT : page.substring(0, end) + SCRIPT + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
