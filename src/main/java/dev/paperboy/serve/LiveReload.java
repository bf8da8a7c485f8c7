package dev.paperboy.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to open pages: after a rebuild each page is told which URL paths changed and reloads itself
 * only if it is one of them. The script that listens is injected by the server into HTML responses; it is never
 * part of {@code build} output.
 */
final class LiveReload {
    static final String EVENTS_PATH = "/__paperboy/events";
    static final String RELOAD_ALL = "*";

    private static final String SCRIPT = "<script>(function(){var s=new EventSource('" + EVENTS_PATH + "');"
            + "var p=location.pathname.replace(/index\\.html$/,'');"
            + "s.addEventListener('reload',function(e){var c=e.data.split('\\n');"
            + "if(c.indexOf('*')>=0||c.indexOf(p)>=0){location.reload();}});})();</script>";

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /** Keeps the exchange open as an event stream until the page goes away or the server stops. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        stream.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        listeners.add(stream);
    }

    /** Tells every open page which paths changed ({@link #RELOAD_ALL} for all); drops pages that went away. */
    void announce(Collection<String> changedPaths) {
        if (changedPaths.isEmpty()) {
            return;
        }
        StringBuilder event = new StringBuilder("event: reload\n");
        changedPaths.stream().sorted().forEach(path -> event.append("data: ").append(path).append('\n'));
        byte[] bytes = event.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(bytes);
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    void closeAll() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException ignored) {
                // the page is gone already
            }
        }
        listeners.clear();
    }

    /** Inserts the listening script before {@code </body>}, or at the end when there is none. */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + SCRIPT : page.substring(0, end) + SCRIPT + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
