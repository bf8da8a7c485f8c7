package dev.paperboy.serve;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.content.Paper;
import dev.paperboy.site.RelatedPapersFinder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The related-paper lists {@code serve} shows. A finder looks at every paper at once (TF-IDF over the whole site),
 * which at 10,000 papers takes most of a second: too slow for every save. Lists are reused while no paper's text
 * (what the finder reads), the set of published papers and the config are unchanged; after a save that changed
 * them, the last exact lists are shown at once and the exact ones are computed on a background executor, then
 * handed to {@code ready} so the pages whose lists changed can be rendered again. A later change supersedes a
 * computation still queued or running: its result is never adopted.
 *
 * <p>Not thread-safe: {@link #listsFor}, {@link #adopt} and {@link #cancel} are called under the live site's lock;
 * only {@link Computation#run} runs on the background executor.
 */
final class RelatedLists {
    private final RelatedPapersFinder finder;
    private final Executor background;
    private final Consumer<Computation> ready;
    private Exact exact;
    private Computation pending;

    RelatedLists(RelatedPapersFinder finder, Executor background, Consumer<Computation> ready) {
        this.finder = finder;
        this.background = background;
        this.ready = ready;
    }

    /** What lists were computed from: the finder's part of every published paper, by slug, and the config. */
    private record Inputs(SiteConfig config, Map<String, Object> papers) {
    }

    private record Exact(Inputs inputs, Map<String, List<String>> lists) {
    }

    /**
     * The lists to show for these published papers: exact ones when they are known (computed now on the first
     * call), else the last exact ones while the exact ones are computed in the background.
     */
    Map<String, List<String>> listsFor(List<Paper> papers, SiteConfig config) {
        Inputs inputs = inputsOf(papers, config);
        if (exact == null) {
            exact = new Exact(inputs, finder.find(papers, config));
        } else if (exact.inputs().equals(inputs)) {
            cancel();
        } else if (pending == null || !pending.inputs.equals(inputs)) {
            cancel();
            pending = new Computation(inputs, papers, config);
        }
        return exact.lists();
    }

    /**
     * Starts the computation {@link #listsFor} made pending, if not started yet. Called once the pages with stale
     * lists are written, so it does not compete with writing them for the cores.
     */
    void startPending() {
        if (pending != null && !pending.started) {
            pending.started = true;
            background.execute(pending::run);
        }
    }

    /** Whether the lists last returned are not the exact ones yet. */
    boolean stale() {
        return pending != null;
    }

    /**
     * Makes a finished computation's lists the exact ones; false if a later change superseded it.
     *
     * @throws RuntimeException what the finder threw
     */
    boolean adopt(Computation done) {
        if (done != pending) {
            return false;
        }
        pending = null;
        exact = new Exact(done.inputs, done.lists());
        return true;
    }

    /** Drops the computation in progress, if any (the site changed again, or failed to build). */
    void cancel() {
        if (pending != null) {
            pending.superseded = true;
            pending = null;
        }
    }

    private Inputs inputsOf(List<Paper> papers, SiteConfig config) {
        Map<String, Object> parts = new LinkedHashMap<>(papers.size() * 2);
        papers.forEach(paper -> parts.put(paper.slug(), finder.readsOf(paper)));
        return new Inputs(config, parts);
    }

    /** One background computation of exact lists. */
    final class Computation {
        private final Inputs inputs;
        private final List<Paper> papers;
        private final SiteConfig config;
        private volatile boolean superseded;
        private boolean started;
        private Map<String, List<String>> lists;
        private RuntimeException error;

        private Computation(Inputs inputs, List<Paper> papers, SiteConfig config) {
            this.inputs = inputs;
            this.papers = papers;
            this.config = config;
        }

        private void run() {
            if (superseded) {
                return;
            }
            try {
                lists = finder.find(papers, config);
            } catch (RuntimeException e) {
                error = e;
            }
            if (!superseded) {
                ready.accept(this);
            }
        }

        private Map<String, List<String>> lists() {
            if (error != null) {
                throw error;
            }
            return lists;
        }
    }
}
