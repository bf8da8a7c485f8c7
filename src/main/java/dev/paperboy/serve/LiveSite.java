package dev.paperboy.serve;

import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.publish.Changes;
import dev.paperboy.publish.EngineSettings;
import dev.paperboy.publish.SiteEngine;
import dev.paperboy.publish.StageTimes;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The site as {@code serve} keeps it between rebuilds: a {@link SiteEngine} that lives as long as the preview, so
 * each save costs what it changes (the engine re-reads the changed files, prunes the model, views and jobs to what
 * the change may show on, and renders the jobs whose key changed), writing into the {@link ServeOutput}. Output is
 * byte for byte what {@code build} writes, once the related-paper lists a save made stale are exact again (see
 * {@link LiveRelatedLists}): that follow-up rebuild is handed to {@code followups} to run and report. The reload script
 * is added by the server, never written.
 */
final class LiveSite {
    private final SiteLayout layout;
    private final ServeOutput output;
    private final LiveRelatedLists related;
    private final SiteEngine engine;
    /** Whether the output folder may hold files no rebuild of this preview wrote: an earlier preview's, old assets. */
    private boolean leftovers = true;

    /**
     * @param background runs the exact related-papers computation after a save
     * @param followups  runs and reports the rebuild that shows its result; called from {@code background}
     */
    LiveSite(SiteLayout layout, ServeOutput output, boolean drafts, Clock clock, RelatedPapersFinder finder,
            Executor background, Consumer<RebuildStep> followups) {
        this.layout = layout;
        this.output = output;
        this.related = new LiveRelatedLists(finder, background,
                computation -> followups.accept(() -> showExactRelated(computation)));
        this.engine = new SiteEngine(layout, new EngineSettings(null, drafts, false, true, clock), related);
    }

    /** Reads and renders everything, deleting what an earlier session left in the output folder. */
    synchronized Rebuild buildAll() throws IOException {
        return rebuild(Changes.all());
    }

    /**
     * Brings the output up to date after these paths changed (as a {@link SiteWatcher} reports them); empty when
     * none of them is read by a build (content/listings, for one).
     */
    synchronized Optional<Rebuild> refresh(Set<Path> changedPaths) throws IOException {
        Changes changes = Changes.of(layout, engine.store(), changedPaths);
        return changes.isEmpty() ? Optional.empty() : Optional.of(rebuild(changes));
    }

    /** Renders the pages whose related lists differ from the stale ones; empty if a later save superseded them. */
    private synchronized Optional<Rebuild> showExactRelated(LiveRelatedLists.Computation computation)
            throws IOException {
        return related.adopt(computation) ? Optional.of(rebuild(Changes.none())) : Optional.empty();
    }

    private Rebuild rebuild(Changes changes) throws IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        StageTimes times = new StageTimes();
        Optional<SiteEngine.Update> plan = engine.plan(changes, times, diagnostics);
        Optional<SiteEngine.Written> written = plan.isEmpty() ? Optional.empty()
                : engine.render(plan.get(), output, times, diagnostics);
        if (written.isEmpty()) {
            return new Rebuild.Failed(diagnostics.formatted());
        }
        if (leftovers || changes.assets()) {
            output.deleteAllBut(engine.outputPaths());
            leftovers = false;
        }
        List<String> urls = output.takeChanged().stream().map(LiveSite::url).toList();
        return new Rebuild.Done(urls, written.get().rendered().size(), engine.outputCount(),
                Duration.ofNanos(System.nanoTime() - start), related.stale());
    }

    /** The URL path a page is requested at: folders for {@code index.html}, as the reload script compares. */
    private static String url(String outputPath) {
        String index = "index.html";
        boolean page = outputPath.equals(index) || outputPath.endsWith("/" + index);
        return "/" + (page ? outputPath.substring(0, outputPath.length() - index.length()) : outputPath);
    }
}
