package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-output comparison of the fixture site with src/test/resources/build/basic/expected/. After a deliberate
 * change, run with {@code -Dpaperboy.updateGolden=true} and review the diff of the expected files.
 */
class GoldenBuildTest {
    private static final Path CASE = Path.of("src/test/resources/build/basic");

    @Test
    void fixtureSiteBuildsToTheExpectedFiles(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        Path expected = CASE.resolve("expected");
        if (Boolean.getBoolean("paperboy.updateGolden")) {
            OutputFolder.deleteTree(expected);
            for (String file : files(site.out())) {
                Path to = expected.resolve(file);
                Files.createDirectories(to.getParent());
                Files.copy(site.out().resolve(file), to);
            }
        }
        assertEquals(files(expected), files(site.out()), "the same files");
        for (String file : files(expected)) {
            assertEquals(Files.readString(expected.resolve(file), StandardCharsets.UTF_8),
                    Files.readString(site.out().resolve(file), StandardCharsets.UTF_8), file);
        }
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted().forEach(files::add);
            return files;
        }
    }
}
