package dev.paperboy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {
    private static final Duration QUIET = ServeOptions.DEFAULT_QUIET_PERIOD;
    /**
     * The quiet period of saves made in two steps: a pause of three of them must stay well within the ten the
     * watcher waits, even when a busy machine wakes the test late.
     */
    private static final Duration SLOW_QUIET = Duration.ofMillis(100);

    @TempDir
    Path folder;

    private Path paper;
    private final BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();

    @BeforeEach
    void writeAPaper() throws Exception {
        paper = Files.createDirectories(folder.resolve("papers")).resolve("a.md");
        Files.writeString(paper, "old");
    }


    private void assertOneChange(Set<Path> expected) throws InterruptedException {
        assertEquals(expected, changes.poll(10, TimeUnit.SECONDS));
        assertNull(changes.poll(500, TimeUnit.MILLISECONDS), "one save, one rebuild");
    }

    private interface Step {
        void run() throws IOException;
    }

    /** A save whose first step leaves the paper gone or empty, and whose second writes it a pause later. */
    @SuppressWarnings("try") // the watcher only has to run while the block does
    private void assertSavedInTwoStepsIsOneChange(Step firstStep) throws Exception {
        try (SiteWatcher watcher = SiteWatcher.start(List.of(folder), SLOW_QUIET, changes::add)) {
            firstStep.run();
            Thread.sleep(SLOW_QUIET.multipliedBy(3).toMillis()); // as an editor on a busy machine may
            Files.writeString(paper, "new");
            assertOneChange(Set.of(paper));
        }
    }

    @Test
    void waitsForAFileDeletedAndWrittenAgainAfterAPause() throws Exception {
        assertSavedInTwoStepsIsOneChange(() -> Files.delete(paper));
    }

    @Test
    void waitsForAFileTruncatedAndWrittenAfterAPause() throws Exception {
        assertSavedInTwoStepsIsOneChange(() -> Files.writeString(paper, ""));
    }

    @SuppressWarnings("try") // the watcher only has to run while the block does
    @Test
    void reportsADeletionOnceItHadTimeToBeASave() throws Exception {
        try (SiteWatcher watcher = SiteWatcher.start(List.of(folder), SLOW_QUIET, changes::add)) {
            long start = System.nanoTime();
            Files.delete(paper);
            assertEquals(Set.of(paper), changes.poll(10, TimeUnit.SECONDS));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(
                    SLOW_QUIET.multipliedBy(SiteWatcher.SETTLE_FACTOR)) >= 0, "waited for the file to come back");
        }
    }

    @SuppressWarnings("try") // the watcher only has to run while the block does
    @Test
    void reportsOneSaveSpreadOverSeveralEventsOnceAndIgnoresEditorFiles() throws Exception {
        Path papers = paper.getParent();
        try (SiteWatcher watcher = SiteWatcher.start(List.of(folder), QUIET, changes::add)) {
            // How Vim saves: probe file, swap file, backup, write a new file and rename it over the old one.
            Files.writeString(papers.resolve("4913"), "");
            Files.delete(papers.resolve("4913"));
            Files.writeString(papers.resolve(".a.md.swp"), "swap");
            Files.writeString(papers.resolve("a.md~"), "old");
            Path temporary = papers.resolve(".a.md.tmp");
            Files.writeString(temporary, "new");
            Files.move(temporary, paper, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

            assertOneChange(Set.of(paper));
        }
    }

    @SuppressWarnings("try") // the watcher only has to run while the block does
    @Test
    void watchesFoldersCreatedAfterItStarted() throws Exception {
        try (SiteWatcher watcher = SiteWatcher.start(List.of(folder), Duration.ofMillis(100), changes::add)) {
            Path digests = Files.createDirectories(folder.resolve("digests"));
            assertEquals(Set.of(digests), changes.poll(10, TimeUnit.SECONDS));
            Path digest = digests.resolve("2025-11-13.md");
            Files.writeString(digest, "x");
            assertEquals(Set.of(digest), changes.poll(10, TimeUnit.SECONDS));
        }
    }
}
