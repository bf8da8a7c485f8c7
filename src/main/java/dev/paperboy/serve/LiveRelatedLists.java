package dev.paperboy.serve;

import dev.paperboy.content.Paper;
import dev.paperboy.publish.RelatedListsSource;
import dev.paperboy.site.ModelChange;
import dev.paperboy.site.PaperEntry;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.site.SiteModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The related-paper lists {@code serve} shows. A finder looks at every paper at once (TF-IDF over the whole site),
 * which at 10,000 papers takes most of a second: too slow for every save. Lists are reused while no paper's text
 * (what the finder reads), the set of published papers and the config are unchanged; after a save that changed
 * them, the last exact lists are shown at once and the exact ones are computed on a background executor, then
 * handed to {@code ready} so the pages whose lists changed can be rendered again. A later change of text supersedes
 * a computation still queued or running: its result is never adopted.
 *
 * <p>Not thread-safe: {@link #listsFor}, {@link #listsAfter}, {@link #adopt} and {@link #failed} are called under the
 * live site's lock; only {@link Computation#run} runs on the background executor.
 */
final class LiveRelatedLists implements RelatedListsSource {
    private final RelatedPapersFinder finder;
    private final Executor background;
    private final Consumer<Computation> ready;
    /** The lists last computed, and the model (published papers, config) they were computed from. */
    private RelatedPaperLists exact;
    private SiteModel exactFor;
    /** Slugs whose finder's part differs between {@link #exactFor} and the site now (or published in one only). */
    private final Set<String> diverged = new HashSet<>();
    private Computation pending;

    LiveRelatedLists(RelatedPapersFinder finder, Executor background, Consumer<Computation> ready) {
        this.finder = finder;
        this.background = background;
        this.ready = ready;
    }

    /**
     * The lists to show for this model, after a full rebuild: exact ones when they are known (computed now on the
     * first call), else the last exact ones while the exact ones are computed in the background.
     */
    @Override
    public RelatedPaperLists listsFor(SiteModel model) {
        if (exact == null) {
            exact = RelatedPaperLists.find(finder, model).indexed();
            exactFor = model;
            return exact;
        }
        diverged.clear();
        diverged.addAll(textChanges(exactFor, model));
        return show(model, pending == null || !textChanges(pending.model, model).isEmpty());
    }

    /** As {@link #listsFor}, after a patch: compares the texts of the papers it replaced only. */
    @Override
    public RelatedPaperLists listsAfter(ModelChange change) {
        boolean textChanged = false;
        for (String slug : change.papers()) {
            Optional<PaperEntry> after = change.after().paper(slug);
            if (sameText(exactFor.paper(slug), after)) {
                diverged.remove(slug);
            } else {
                diverged.add(slug);
            }
            textChanged |= !sameText(change.before().paper(slug), after);
        }
        return show(change.after(), textChanged);
    }

    /** @param textChanged whether a paper's text changed since the model a pending computation reads */
    private RelatedPaperLists show(SiteModel model, boolean textChanged) {
        if (diverged.isEmpty() && model.config().equals(exactFor.config())) {
            cancel();
        } else if (pending == null || textChanged || !model.config().equals(pending.model.config())) {
            cancel();
            pending = new Computation(model);
        }
        return exact;
    }

    /**
     * Starts the computation {@link #listsFor} made pending, if not started yet. Called once the pages with stale
     * lists are written, so it does not compete with writing them for the cores.
     */
    @Override
    public void shown() {
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
        exact = done.lists();
        exactFor = done.model;
        diverged.clear();
        return true;
    }

    /** The rebuild failed: its lists will not be shown. */
    @Override
    public void failed() {
        cancel();
    }

    /** Drops the computation in progress, if any (the site changed again, or failed to build). */
    private void cancel() {
        if (pending != null) {
            pending.superseded = true;
            pending = null;
        }
    }

    /** The slugs whose finder's part differs between two models, in one pass over both (sorted by slug). */
    private Set<String> textChanges(SiteModel before, SiteModel after) {
        Set<String> changed = new HashSet<>();
        List<PaperEntry> left = before.papers();
        List<PaperEntry> right = after.papers();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            int order = i == left.size() ? 1 : j == right.size() ? -1
                    : left.get(i).paper().slug().compareTo(right.get(j).paper().slug());
            if (order < 0) {
                changed.add(left.get(i++).paper().slug());
            } else if (order > 0) {
                changed.add(right.get(j++).paper().slug());
            } else if (!sameText(Optional.of(left.get(i++)), Optional.of(right.get(j++)))) {
                changed.add(left.get(i - 1).paper().slug());
            }
        }
        return changed;
    }

    private boolean sameText(Optional<PaperEntry> before, Optional<PaperEntry> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before.isEmpty() && after.isEmpty();
        }
        Paper old = before.get().paper();
        Paper now = after.get().paper();
        return old == now || finder.readsOf(old).equals(finder.readsOf(now));
    }

    /** One background computation of exact lists. */
    final class Computation {
        private final SiteModel model;
        private volatile boolean superseded;
        private boolean started;
        private RelatedPaperLists lists;
        private RuntimeException error;

        private Computation(SiteModel model) {
            this.model = model;
        }

        private void run() {
            if (superseded) {
                return;
            }
            try {
                lists = RelatedPaperLists.find(finder, model).indexed();
            } catch (RuntimeException e) {
                error = e;
            }
            if (!superseded) {
                ready.accept(this);
            }
        }

        private RelatedPaperLists lists() {
            if (error != null) {
                throw error;
            }
            return lists;
        }
    }
}
