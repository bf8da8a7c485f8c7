package dev.paperboy.serve;

import dev.paperboy.content.SiteLayout;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One {@code paperboy serve} session: builds the site into its own output folder, serves it, and rebuilds on every
 * change the watcher reports, telling open pages to reload or showing the errors. Errors never stop it; only
 * {@link #close()} does.
 */
public final class Preview implements AutoCloseable {
    /** What a session tells the command line. Called from the watcher's thread. */
    public interface Listener {
        /**
         * @param saved the files whose change caused the rebuild, relative to the site folder and sorted; empty for
         *              the first build and for the rebuild with exact related papers that follows a save
         */
        void rebuilt(Rebuild result, List<String> saved);

        /** A bug, not a content error: the session goes on. */
        void crashed(RuntimeException error);
    }

    private final LiveSite site;
    private final SiteLayout layout;
    private final PreviewServer server;
    private final Listener listener;
    /** Computes exact related papers after a save, and renders the pages whose lists changed. */
    private final ExecutorService related = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "paperboy-related");
        thread.setDaemon(true);
        return thread;
    });
    private SiteWatcher watcher;
    private volatile boolean closed;

    private Preview(ServeOptions options, ServeOutput output, RelatedPapersFinder finder, PreviewServer server,
            Listener listener) {
        this.site = new LiveSite(options.layout(), output, options.drafts(), options.clock(), finder, related,
                step -> report(step, List.of()));
        this.layout = options.layout();
        this.server = server;
        this.listener = listener;
    }

    /**
     * Binds the port first (so a busy port fails at once), starts watching, then builds everything; the first
     * build's result goes to {@code listener} before this returns.
     */
    public static Preview start(ServeOptions options, RelatedPapersFinder related, Listener listener)
            throws IOException, PreviewServer.PortInUseException {
        ServeOutput output = new ServeOutput(options.output());
        Preview preview = new Preview(options, output, related,
                PreviewServer.start(output.root(), options.bind(), options.port()), listener);
        try {
            SiteLayout layout = options.layout();
            preview.watcher = SiteWatcher.start(List.of(layout.content(), layout.templates()),
                    options.quietPeriod(), preview::changed);
            preview.report(() -> Optional.of(preview.site.buildAll()), List.of());
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    public String url() {
        return server.url();
    }

    private void changed(Set<Path> paths) {
        report(() -> site.refresh(paths), paths.stream().map(layout::label).sorted().toList());
    }

    /** Synchronized, so results from the watcher's and the related-papers thread reach the server in order. */
    private synchronized void report(RebuildStep step, List<String> saved) {
        Rebuild result;
        try {
            Optional<Rebuild> outcome = step.run();
            if (outcome.isEmpty()) {
                return;
            }
            result = outcome.get();
        } catch (IOException e) {
            result = new Rebuild.Failed(List.of("cannot write the preview: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            result = new Rebuild.Failed(List.of("cannot write the preview: " + e.getCause().getMessage()));
        } catch (RuntimeException e) {
            if (closed) {
                return; // a rebuild cut short by close(), e.g. interrupted rendering
            }
            listener.crashed(e);
            result = new Rebuild.Failed(List.of("internal error: " + e));
        }
        if (closed) {
            return;
        }
        if (result instanceof Rebuild.Done done) {
            server.rebuilt(done.changedUrls());
        } else if (result instanceof Rebuild.Failed failed) {
            server.failed(failed.errors());
        }
        listener.rebuilt(result, saved);
    }

    /** Stops watching, then serving; safe from a shutdown hook and to call twice. */
    @Override
    public void close() {
        closed = true;
        related.shutdownNow();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing a watch service only fails if it was closed already
            }
        }
        server.close();
    }
}
