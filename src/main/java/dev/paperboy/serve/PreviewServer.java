package dev.paperboy.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The HTTP side of {@code paperboy serve}: serves one output folder and tells open pages when to reload. */
public final class PreviewServer implements AutoCloseable {
    /** How often open pages are written to, which finds those that went away. */
    private static final Duration PING_INTERVAL = Duration.ofSeconds(15);

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "paperboy-serve-ping");
        thread.setDaemon(true);
        return thread;
    });
    private final LiveReload liveReload = new LiveReload();
    private final AtomicReference<List<String>> buildErrors = new AtomicReference<>(List.of());

    private PreviewServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code root} on {@code bind:port} (port 0 picks a free one).
     *
     * @throws PortInUseException when the port is taken
     */
    public static PreviewServer start(Path root, String bind, int port) throws PortInUseException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        } catch (BindException e) {
            throw new PortInUseException(bind + ":" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "paperboy-serve");
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(server, executor);
        server.createContext("/", new StaticSiteHandler(root, new HostNames(bind), preview.liveReload,
                preview.buildErrors::get));
        server.setExecutor(executor);
        server.start();
        preview.pings.scheduleWithFixedDelay(preview.liveReload::ping, PING_INTERVAL.toMillis(),
                PING_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        String host = server.getAddress().getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** After a successful rebuild: clears any error page and reloads the pages at these URL paths. */
    public void rebuilt(Collection<String> changedPaths) {
        boolean wasFailing = !buildErrors.getAndSet(List.of()).isEmpty();
        liveReload.announce(wasFailing ? List.of(LiveReload.RELOAD_ALL) : changedPaths);
    }

    /** After a failed rebuild: HTML requests get an error page with these lines until the next success. */
    public void failed(List<String> errorLines) {
        buildErrors.set(List.copyOf(errorLines));
        liveReload.announce(List.of(LiveReload.RELOAD_ALL));
    }

    /** The live-reload streams; package-private for tests. */
    LiveReload liveReload() {
        return liveReload;
    }

    @Override
    public void close() {
        pings.shutdownNow();
        liveReload.closeAll();
        server.stop(0);
        executor.shutdownNow();
    }

    /** The address is taken by another program. */
    public static final class PortInUseException extends Exception {
        public PortInUseException(String address) {
            super("cannot listen on " + address + ": the port is in use (choose another with --port, or --port 0)");
        }
    }
}
