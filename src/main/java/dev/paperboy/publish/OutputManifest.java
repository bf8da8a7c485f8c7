package dev.paperboy.publish;

import dev.paperboy.content.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
        Set<String> files = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                files.add(line);
            }
        }
        return Optional.of(files);
    }

    static void write(Path out, Collection<String> files) throws IOException {
        StringBuilder text = new StringBuilder();
        new TreeSet<>(files).forEach(file -> text.append(file).append('\n'));
        AtomicFiles.write(location(out), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
