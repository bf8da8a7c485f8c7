package dev.paperboy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Compares two output folders file by file and byte for byte. */
final class OutputTrees {
    private OutputTrees() {
    }

    static void assertSameFiles(Path expected, Path actual, String step) throws IOException {
        List<String> files = files(expected);
        assertEquals(files, files(actual), step + ": the same files");
        for (String file : files) {
            byte[] want = Files.readAllBytes(expected.resolve(file));
            byte[] got = Files.readAllBytes(actual.resolve(file));
            assertEquals(true, Arrays.equals(want, got), step + ": the same bytes in " + file);
        }
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
