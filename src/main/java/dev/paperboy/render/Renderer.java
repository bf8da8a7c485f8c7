package dev.paperboy.render;

import dev.paperboy.content.FileThreads;
import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.render.internal.EscapedTexts;
import dev.paperboy.render.internal.PageBuffer;
import dev.paperboy.site.PageView;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders jobs in parallel on a pool of two threads per core. Each file is rendered into a buffer and
 * handed to the sink at once, so memory holds one file per thread, never the whole site. A template error is
 * reported once per template position (not once per page that hits it), naming the first page it broke.
 */
public final class Renderer {
    /** At 10,000 papers the long texts (abstracts, excerpts) take 21 MB escaped; beyond, texts are escaped anew. */
    private static final long ESCAPED_TEXTS_BUDGET = 32L << 20;

    private final TemplateEngine engine;
    private final SiteInfo site;
    private final Urls urls;
    private final TemplateTimes times = new TemplateTimes();

    /** @param urls the URL helper for any page; each job gets one for its own path */
    public Renderer(TemplateEngine engine, SiteInfo site, Urls urls) {
        this.engine = engine;
        this.site = site;
        this.urls = urls;
    }

    public void render(List<RenderJob> jobs, PageSink sink, Diagnostics diagnostics) {
        Set<String> reported = ConcurrentHashMap.newKeySet();
        EscapedTexts escapedTexts = new EscapedTexts(ESCAPED_TEXTS_BUDGET);
        List<RenderJob> ordered = longestFirst(jobs);
        // Each thread takes the next job until none is left: a task per job would hold a future, a task and a queue
        // node for every page of the site (200,000 of each at 100,000 papers) until the last page is written.
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        // Two threads per core: a page is compared with the previous build's file, or written, after rendering.
        int threads = FileThreads.count(2);
        List<Callable<Void>> workers = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            workers.add(() -> {
                // One buffer per thread, reused from page to page: a fresh one per page was 40 KB of garbage each.
                PageBuffer buffer = new PageBuffer(escapedTexts);
                try {
                    for (int job = next.getAndIncrement(); job < ordered.size() && !failed.get();
                            job = next.getAndIncrement()) {
                        renderOne(ordered.get(job), sink, diagnostics, reported, buffer);
                    }
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "paperboy-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Future<Void> result : pool.invokeAll(workers)) {
                result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The jobs with the search index shards first: a shard takes tens of milliseconds (hundreds of papers indexed on
     * one thread), so started last it would end a rebuild of {@code serve} alone, after every page was written.
     */
    private static List<RenderJob> longestFirst(List<RenderJob> jobs) {
        List<RenderJob> ordered = new ArrayList<>(jobs.size());
        jobs.stream().filter(job -> job.format() == OutputFormat.SEARCH_SHARD).forEach(ordered::add);
        jobs.stream().filter(job -> job.format() != OutputFormat.SEARCH_SHARD).forEach(ordered::add);
        return ordered;
    }

    /** What the pages rendered so far cost, by template. */
    public TemplateTimes times() {
        return times;
    }

    private void renderOne(RenderJob job, PageSink sink, Diagnostics diagnostics, Set<String> reported,
            PageBuffer out) {
        out.clear();
        String template = job.format().template();
        long startCpu = TemplateTimes.threadCpuNanos();
        try {
            PageView page = job.page() instanceof DeferredView deferred ? deferred.make() : job.page();
            engine.render(template, new TemplateRoot(site, job.meta(), page,
                    urls.at(job.path(), job.format().absoluteLinks())), out);
        } catch (TemplateException | IOException e) {
            Diagnostic diagnostic = TemplateErrors.of(e, job.path(), engine);
            if (reported.add(diagnostic.pos() + diagnostic.message())) {
                diagnostics.report(diagnostic);
            }
            return;
        }
        byte[] page = out.utf8();
        times.rendered(template, startCpu, page.length);
        try {
            sink.write(job.path(), page);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePos.of(job.path()), "cannot write output file: " + e.getMessage());
        }
    }
}
