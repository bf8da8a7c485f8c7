package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.publish.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imports each case's {@code input/} (its *.txt listings, in name order, into whatever content/ it holds) and
 * compares the whole content/ tree with {@code expected/}. Run with {@code -Dpaperboy.updateGolden=true} to
 * rewrite the expected files, then review the diff.
 */
class GoldenImportTest {
    private static final Path CASES = Path.of("src/test/resources/import");

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"two-listings", "curated-reimport"})
    void importsListingsIntoTheExpectedContent(String name) throws IOException {
        Path input = CASES.resolve(name).resolve("input");
        copyTree(input, root);
        String[] listings;
        try (Stream<Path> files = Files.list(input)) {
            listings = files.map(path -> path.getFileName().toString()).filter(file -> file.endsWith(".txt"))
                    .sorted().toArray(String[]::new);
        }
        TestSite site = TestSite.empty(root);

        site.importListings(listings);

        Map<String, String> actual = site.content();
        Path expected = CASES.resolve(name).resolve("expected");
        if (Boolean.getBoolean("paperboy.updateGolden")) {
            deleteTree(expected);
            actual.forEach((file, text) -> write(expected.resolve(file), text));
        }
        Map<String, String> wanted = new TreeMap<>();
        TestSite.empty(expected).content().forEach(wanted::put);
        assertEquals(wanted.keySet(), actual.keySet());
        wanted.forEach((file, text) -> assertEquals(text, actual.get(file), file));
        assertEquals(List.of(), site.diagnostics().formatted());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                Files.createDirectories(target.getParent());
                Files.copy(path, target);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
