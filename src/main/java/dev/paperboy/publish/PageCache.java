package dev.paperboy.publish;

import dev.paperboy.render.PageSink;
import dev.paperboy.render.RenderJob;
import dev.paperboy.site.Html;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Skips jobs whose output cannot have changed: a job's key is the digest of the build key (tool, templates,
 * config, options) and everything its template sees (path, format, meta, view). When the previous build wrote
 * the same key for that path and the file is still there with the size it had, the file is kept as it is.
 */
final class PageCache {
    record Entry(ByteBuffer key, long size) {
    }

    private final byte[] buildKey;
    private final Map<String, Entry> previous;
    private final ViewDigest.Memo shared;
    private final Map<String, ByteBuffer> keys = new ConcurrentHashMap<>();
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /** @param sharedTypes view types whose instances many pages show; each is digested once */
    PageCache(byte[] buildKey, Map<String, Entry> previous, Set<Class<?>> sharedTypes) {
        this.buildKey = buildKey.clone();
        this.previous = previous;
        this.shared = new ViewDigest.Memo(sharedTypes);
    }

    /**
     * Lets each Markdown render stand for its key (of its source and heading level; the tool is in the build key)
     * instead of being hashed again: notes are a quarter of the text of all views. Takes effect for
     * {@link Html} when it is one of the shared types.
     */
    void knowRenders(Map<ByteBuffer, Html> renders) {
        renders.forEach((key, html) -> shared.know(html, key.array()));
    }

    /** The jobs to render; the others are kept in {@code folder} from the previous build. */
    List<RenderJob> stale(List<RenderJob> jobs, OutputFolder folder) {
        return jobs.parallelStream().filter(job -> {
            ByteBuffer key = ByteBuffer.wrap(ViewDigest.of(shared, buildKey, job.path(), job.format(), job.meta(),
                    job.page()));
            keys.put(job.path(), key);
            Entry old = previous.get(job.path());
            if (old == null || !old.key().equals(key) || !keep(folder, job.path(), old.size())) {
                return true;
            }
            current.put(job.path(), old);
            return false;
        }).toList();
    }

    /** Passes files on to {@code sink}, noting each one's key and size for the next build. */
    PageSink recording(PageSink sink) {
        return (path, bytes) -> {
            sink.write(path, bytes);
            ByteBuffer key = keys.get(path);
            if (key != null) {
                current.put(path, new Entry(key, bytes.length));
            }
        };
    }

    Map<String, Entry> entries() {
        return current;
    }

    private static boolean keep(OutputFolder folder, String path, long size) {
        try {
            return folder.keep(path, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
