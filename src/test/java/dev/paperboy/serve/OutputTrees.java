package dev.paperboy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares a build's output folder with the preview's, file by file and byte for byte; the preview's 404.html links
 * from the root of the preview where the build's links from the base URL, and is otherwise the same.
 */
final class OutputTrees {
    private static final String NOT_FOUND = "404.html";
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    private OutputTrees() {
    }

    static void assertSameFiles(Path expected, Path actual, String step) throws IOException {
        List<String> files = files(expected);
        assertEquals(files, files(actual), step + ": the same files");
        for (String file : files) {
            byte[] want = Files.readAllBytes(expected.resolve(file));
            byte[] got = Files.readAllBytes(actual.resolve(file));
            if (file.equals(NOT_FOUND)) {
                assertEquals(linkedFromRoot(new String(want, StandardCharsets.UTF_8), new String(got,
                        StandardCharsets.UTF_8)), new String(got, StandardCharsets.UTF_8), step + ": " + file);
            } else {
                assertEquals(true, Arrays.equals(want, got), step + ": the same bytes in " + file);
            }
        }
    }

    /** The build's 404 page with its base URL, as its stylesheet link shows it, replaced by the preview's root. */
    private static String linkedFromRoot(String built, String served) {
        Matcher builtLink = STYLESHEET.matcher(built);
        Matcher servedLink = STYLESHEET.matcher(served);
        assertTrue(builtLink.find() && servedLink.find(), "a stylesheet link on both 404 pages");
        String absolute = builtLink.group(1);
        String rooted = servedLink.group(1);
        assertTrue(rooted.startsWith("/") && absolute.endsWith(rooted), absolute + " and " + rooted);
        return built.replace(absolute.substring(0, absolute.length() - rooted.length() + 1), "/");
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
