package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousFilesTest {
    @Test
    void listsEveryFileInTheFolderTree(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("papers/a"));
        Files.writeString(temp.resolve("index.html"), "home");
        Files.writeString(temp.resolve("papers/a/index.html"), "a");
        Set<String> listed = PreviousFiles.of(temp).get().stream()
                .map(file -> temp.relativize(file).toString().replace('\\', '/'))
                .collect(Collectors.toSet());
        assertEquals(Set.of("index.html", "papers/a/index.html"), listed);
    }

    @Test
    void aFolderNotThereHasNoFiles(@TempDir Path temp) throws Exception {
        assertEquals(List.of(), PreviousFiles.of(temp.resolve("site")).get());
    }

    @Test
    void aStaleFileRemovedByHandDuringTheBuildDoesNotFailTheCommit(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("gone"));
        Files.writeString(out.resolve("index.html"), "old");
        Files.writeString(out.resolve("gone/index.html"), "stale");
        PreviousFiles previous = PreviousFiles.of(out);
        previous.get();
        Files.delete(out.resolve("gone/index.html"));
        OutputFolder folder = OutputFolder.open(out, previous, path -> true);
        folder.write("index.html", "new".getBytes());
        folder.commit();
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertTrue(Files.notExists(out.resolve("gone")));
    }
}
