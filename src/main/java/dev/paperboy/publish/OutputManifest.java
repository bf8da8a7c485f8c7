package dev.paperboy.publish;

import dev.paperboy.content.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files the last build wrote into an output folder, one path a line, kept beside the folder (as the build
 * cache is, so it is never deployed). A build deletes only files listed here: whatever else is in the folder was
 * not written by Paperboy and is left alone.
 */
final class OutputManifest {
    private OutputManifest() {
    }

    static Path location(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".paperboy-files");
    }

    /** The files the last build into {@code out} wrote; empty when no build left a manifest there. */
    static Optional<Set<String>> read(Path out) throws IOException {
        Path file = location(out);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> files = new HashSet<>(lines.size() * 2);
        for (String line : lines) {
            if (!line.isEmpty()) {
                files.add(line);
            }
        }
        return Optional.of(files);
    }

    /** Sorted by path, so that the file reads the same after the same build (sorted once, as an array). */
    static void write(Path out, Set<String> files) throws IOException {
        String[] sorted = files.toArray(String[]::new);
        Arrays.sort(sorted);
        StringBuilder text = new StringBuilder(sorted.length * 48);
        for (String file : sorted) {
            text.append(file).append('\n');
        }
        AtomicFiles.write(location(out), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
