package dev.paperboy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {
    @TempDir
    Path folder;

    @SuppressWarnings("try") // the watcher only has to run while the block does
    @Test
    void reportsOneSaveSpreadOverSeveralEventsOnceAndIgnoresEditorFiles() throws Exception {
        Path papers = Files.createDirectories(folder.resolve("papers"));
        Path paper = papers.resolve("a.md");
        Files.writeString(paper, "old");
        BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        try (SiteWatcher watcher = SiteWatcher.start(List.of(folder), Duration.ofMillis(200), changes::add)) {
            // How Vim saves: probe file, swap file, backup, write a new file and rename it over the old one.
            Files.writeString(papers.resolve("4913"), "");
            Files.delete(papers.resolve("4913"));
            Files.writeString(papers.resolve(".a.md.swp"), "swap");
            Files.writeString(papers.resolve("a.md~"), "old");
            Path temporary = papers.resolve(".a.md.tmp");
            Files.writeString(temporary, "new");
            Files.move(temporary, paper, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

            assertEquals(Set.of(paper), changes.poll(10, TimeUnit.SECONDS));
            assertNull(changes.poll(500, TimeUnit.MILLISECONDS), "one save, one rebuild");
        }
    }

    @SuppressWarnings("try") // the watcher only has to run while the block does
    @Test
    void watchesFoldersCreatedAfterItStarted() throws Exception {
        BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        try (SiteWatcher watcher = SiteWatcher.start(List.of(folder), Duration.ofMillis(100), changes::add)) {
            Path digests = Files.createDirectories(folder.resolve("digests"));
            assertEquals(Set.of(digests), changes.poll(10, TimeUnit.SECONDS));
            Path digest = digests.resolve("2025-11-13.md");
            Files.writeString(digest, "x");
            assertEquals(Set.of(digest), changes.poll(10, TimeUnit.SECONDS));
        }
    }
}
