package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.render.RenderJob;
import dev.paperboy.site.Html;
import dev.paperboy.site.ModelChange;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.site.SiteModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pruning never changes the result: after every save that {@link SiteEngine} handles by planning only the jobs the
 * change may show on, planning every job afresh (a new engine, given the pruned engine's page keys and renders)
 * finds no job whose key differs and no output path the pruned engine did not plan. Random curator edits with
 * fixed seeds; related papers are on, found exactly at every update.
 */
class PruningTest {
    private static final int EDITS = 15;

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aPrunedUpdateLeavesOutNoJobWhoseKeyChanged(long seed) throws Exception {
        TestSite site = TestSite.in(root);
        RandomCuratorEdits edits = new RandomCuratorEdits(site, seed);
        SiteLayout layout = new SiteLayout(root);
        SiteEngine pruned = engine(layout, Map.of(), Map.of());
        MemoryOutput output = new MemoryOutput();
        update(pruned, Changes.all(), output);
        for (int i = 0; i < EDITS; i++) {
            RandomCuratorEdits.Edit edit = edits.next();
            Set<Path> saved = edit.files().stream().map(root::resolve).collect(Collectors.toSet());
            update(pruned, Changes.of(layout, pruned.store(), saved), output);

            SiteEngine full = engine(layout, pruned.markdown().used(),
                    pruned.keys().entries(pruned.outputPaths()));
            Diagnostics diagnostics = new Diagnostics();
            SiteEngine.Update everything = full.plan(Changes.all(), new StageTimes(), diagnostics).orElseThrow();
            List<String> changed = full.render(everything, output, new StageTimes(), diagnostics).orElseThrow()
                    .rendered().stream().map(RenderJob::path).sorted().toList();
            assertEquals(List.of(), changed, "jobs the pruned update left out, " + edits.history());
            assertEquals(new TreeSet<>(full.outputPaths()), new TreeSet<>(pruned.outputPaths()), edits.history());
        }
    }

    private static SiteEngine engine(SiteLayout layout, Map<ByteBuffer, Html> notes,
            Map<String, PageKeys.Entry> pages) {
        return new SiteEngine(layout, new EngineSettings(null, false, false, true, TestSite.CLOCK), SiteKey.tool(),
                new ExactLists(), notes, pages);
    }

    private static void update(SiteEngine engine, Changes changes, MemoryOutput output) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteEngine.Update> plan = engine.plan(changes, new StageTimes(), diagnostics);
        assertTrue(plan.isPresent(), () -> String.join("\n", diagnostics.formatted()));
        assertTrue(engine.render(plan.get(), output, new StageTimes(), diagnostics).isPresent());
    }

    /** Related lists found at every update: no stale lists, so pruning alone decides what is planned. */
    private static final class ExactLists implements RelatedListsSource {
        @Override
        public RelatedPaperLists listsFor(SiteModel model) {
            return RelatedPaperLists.find(RelatedPapersFinder.BY_TEXT, model).indexed();
        }

        @Override
        public RelatedPaperLists listsAfter(ModelChange change) {
            return listsFor(change.after());
        }
    }

    /** Output files by path, in memory. */
    private static final class MemoryOutput implements PageOutput {
        private final Map<String, byte[]> files = new ConcurrentHashMap<>();

        @Override
        public void write(String path, byte[] bytes) {
            files.put(path, bytes.clone());
        }

        @Override
        public boolean keep(String path, long size) {
            byte[] file = files.get(path);
            return file != null && file.length == size;
        }

        @Override
        public void delete(Collection<String> paths) {
            paths.forEach(files::remove);
        }
    }
}
