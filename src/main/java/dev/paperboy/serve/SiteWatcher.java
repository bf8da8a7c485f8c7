package dev.paperboy.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders (recursively) and hands over the set of changed files once they have been quiet for a moment,
 * so one save that an editor spreads over several events (write temp, rename, delete and recreate) gives one
 * rebuild. Editors make those events within a millisecond or two, so the moment can be short; but while a changed
 * file is missing or empty, which is how a save looks between its steps (renamed away, truncated), the watcher
 * waits up to {@link #SETTLE_FACTOR} quiet periods in all for the rest of it. Editor swap and backup files are
 * ignored.
 */
public final class SiteWatcher implements AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    /** How many quiet periods after a first event a file left missing or empty is waited for (else: deleted). */
    static final int SETTLE_FACTOR = 10;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Duration quietPeriod;
    private final Thread thread;
    private volatile boolean running = true;

    private SiteWatcher(WatchService service, Duration quietPeriod, Consumer<Set<Path>> onChange) {
        this.service = service;
        this.quietPeriod = quietPeriod;
        this.thread = new Thread(() -> loop(onChange), "paperboy-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code roots} (those that exist) and calls {@code onChange} from the watcher's thread. */
    public static SiteWatcher start(List<Path> roots, Duration quietPeriod, Consumer<Set<Path>> onChange)
            throws IOException {
        SiteWatcher watcher = new SiteWatcher(FileSystems.getDefault().newWatchService(), quietPeriod, onChange);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                watcher.register(root);
            }
        }
        watcher.thread.start();
        return watcher;
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && EditorNoise.isNoise(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (running) {
                Set<Path> changed = collectSave(service.take());
                if (!changed.isEmpty()) {
                    onChange.accept(Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The files one save changed: its events until a quiet period passes with no changed file mid-save, or until
     * {@link #SETTLE_FACTOR} quiet periods have passed.
     */
    private Set<Path> collectSave(WatchKey first) throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        collect(first, changed);
        long settleBy = System.nanoTime() + quietPeriod.toNanos() * SETTLE_FACTOR;
        boolean waited = false;
        while (true) {
            WatchKey more = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
            if (more != null) {
                collect(more, changed);
            } else {
                boolean midSave = System.nanoTime() - settleBy < 0
                        && changed.stream().anyMatch(SiteWatcher::midSave);
                if (!midSave && !waited) {
                    return changed;
                }
                // A file waited for may have been written just now, its events not yet here: one more period.
                waited = midSave;
            }
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder); // events were lost: the whole folder counts as changed
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (EditorNoise.isNoise(path)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    // the folder went away again; its removal is reported like any other change
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Whether a file looks caught between the steps of a save: gone, or empty. */
    private static boolean midSave(Path path) {
        try {
            return !Files.exists(path) || Files.isRegularFile(path) && Files.size(path) == 0;
        } catch (IOException e) {
            return true; // gone since it was looked at
        }
    }

    /** Stops watching and waits (briefly) for the watcher's thread, which may be running {@code onChange}, to end. */
    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
