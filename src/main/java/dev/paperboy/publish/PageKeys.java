package dev.paperboy.publish;

import dev.paperboy.render.DeferredView;
import dev.paperboy.render.PageSink;
import dev.paperboy.render.RenderJob;
import dev.paperboy.site.Citation;
import dev.paperboy.site.Html;
import dev.paperboy.site.PaperCard;
import dev.paperboy.site.SearchEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The key of every output file as last written, and the size it had: a job whose key is unchanged and whose file is
 * still there with that size is not rendered again. A job's key is the digest of its {@link SiteKey} parts and of
 * everything its template sees: path, format, meta and view ({@link ViewDigest}).
 */
final class PageKeys {
    record Entry(ByteBuffer key, long size) {
    }

    /**
     * View types many pages show (a card on its digest and theme pages, a citation in several .bib files), or that
     * {@code serve} keeps from save to save (a paper's search entry).
     */
    private static final Set<Class<?>> SHARED = Set.of(PaperCard.class, Html.class, Citation.class,
            SearchEntry.class);

    private final Map<String, Entry> written;
    /**
     * Digests of shared views, kept between the updates of {@code serve}: views are immutable, and an update remakes
     * only those of what changed, so the others are walked once while {@code serve} runs rather than once per save.
     */
    private final Function<Object, byte[]> known;
    private ViewDigest.Memo memo;
    /** Keys of the jobs found stale, until their file is written. */
    private final Map<String, ByteBuffer> pending = new ConcurrentHashMap<>();

    /**
     * @param written the keys a previous run left, by output path
     * @param known   the key a view stands for instead of its content: a Markdown render's is the key of its source
     *                and heading level (the tool is in the site key), as notes are a quarter of the text of all views
     */
    PageKeys(Map<String, Entry> written, Function<Object, byte[]> known) {
        this.written = new ConcurrentHashMap<>(written);
        this.known = known;
        this.memo = new ViewDigest.Memo(SHARED, known);
    }

    /**
     * The jobs to render: those whose key differs from the one last written at their path, or whose file
     * {@code output} cannot keep.
     */
    List<RenderJob> stale(List<RenderJob> jobs, SiteKey site, PageOutput output) {
        return jobs.parallelStream().filter(job -> {
            ByteBuffer key = ByteBuffer.wrap(ViewDigest.of(memo, site.shared(), site.template(job.format().template()),
                    job.path(), job.format(), job.meta(),
                    job.page() instanceof DeferredView deferred ? deferred.source() : job.page()));
            Entry old = written.get(job.path());
            if (old != null && old.key().equals(key) && keep(output, job.path(), old.size())) {
                return false;
            }
            pending.put(job.path(), key);
            return true;
        }).toList();
    }

    /** Drops the digests of views kept from earlier updates: after every job is planned anew, most are of views gone. */
    void forgetViews() {
        memo = new ViewDigest.Memo(SHARED, known);
    }

    /** Passes files on to {@code sink}, noting each page's key and size. */
    PageSink recording(PageSink sink) {
        return (path, bytes) -> {
            sink.write(path, bytes);
            ByteBuffer key = pending.remove(path);
            if (key != null) {
                written.put(path, new Entry(key, bytes.length));
            }
        };
    }

    /** Forgets the files at these paths: gone, or maybe not written as their key says. */
    void forget(Collection<String> paths) {
        paths.forEach(path -> {
            written.remove(path);
            pending.remove(path);
        });
    }

    /** The paths of every file written, or kept from a previous run. */
    Set<String> paths() {
        return written.keySet();
    }

    /** The keys of these paths' files, for the next run. */
    Map<String, Entry> entries(Collection<String> paths) {
        Map<String, Entry> entries = new HashMap<>();
        paths.forEach(path -> {
            Entry entry = written.get(path);
            if (entry != null) {
                entries.put(path, entry);
            }
        });
        return entries;
    }

    private static boolean keep(PageOutput output, String path, long size) {
        try {
            return output.keep(path, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
