package dev.paperboy.serve;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.paperboy.content.SiteLayout;
import dev.paperboy.publish.RandomCuratorEdits;
import dev.paperboy.publish.TestSite;
import dev.paperboy.site.RelatedPapersFinder;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code serve}'s incremental rebuilds under random curator edits (fixed seeds): after each save, and the
 * follow-up that makes related lists exact, the preview holds the very files a full build writes.
 */
class LiveSiteEditsTest {
    private static final int EDITS = 15;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyRefreshWritesWhatAFullBuildWrites(long seed) throws Exception {
        TestSite site = TestSite.in(temp);
        RandomCuratorEdits edits = new RandomCuratorEdits(site, seed);
        QueuedBackground background = new QueuedBackground();
        ServeOutput output = new ServeOutput(temp.resolve(ServeOptions.OUTPUT));
        LiveSite live = new LiveSite(new SiteLayout(temp), output, false, TestSite.CLOCK,
                RelatedPapersFinder.BY_TEXT, background, background);
        assertInstanceOf(Rebuild.Done.class, live.buildAll());
        for (int i = 0; i < EDITS; i++) {
            RandomCuratorEdits.Edit edit = edits.next();
            String step = edits.history();
            Set<Path> changed = Set.copyOf(edit.files().stream().map(temp::resolve).toList());
            assertInstanceOf(Rebuild.Done.class, live.refresh(changed).orElseThrow(), step);
            background.runAll();
            site.build();
            OutputTrees.assertSameFiles(site.out(), output.root(), step);
        }
    }
}
