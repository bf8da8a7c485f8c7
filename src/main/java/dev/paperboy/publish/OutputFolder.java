package dev.paperboy.publish;

import dev.paperboy.render.PageSink;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Builds the output into a staging folder next to the target (same file system, so renames are cheap) and swaps
 * it in only by {@link #commit()}; {@link #abort()} leaves the target untouched. A file whose bytes equal the
 * target's current file is hard-linked from it instead of written, so its mtime stays (rsync and CDN deploys
 * then send only what changed); where hard links are not supported it is copied with its attributes.
 */
final class OutputFolder implements PageSink {
    private final Path target;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger changed = new AtomicInteger();

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static OutputFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        return new OutputFolder(absolute, Files.createTempDirectory(parent, "." + absolute.getFileName()
                + ".building-"));
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        Path file = staging.resolve(path);
        if (!file.normalize().startsWith(staging)) {
            throw new IOException("output path leaves the output folder: " + path);
        }
        Files.createDirectories(file.getParent());
        files.incrementAndGet();
        Path old = target.resolve(path);
        if (sameBytes(old, bytes)) {
            try {
                Files.createLink(file, old);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(old, file, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return;
        }
        changed.incrementAndGet();
        Files.write(file, bytes);
    }

    int files() {
        return files.get();
    }

    int changed() {
        return changed.get();
    }

    /** Replaces the target by the staging folder: two renames in the same folder. */
    void commit() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, target);
            return;
        }
        Path old = staging.resolveSibling(staging.getFileName() + ".old");
        move(target, old);
        move(staging, target);
        deleteTree(old);
    }

    void abort() throws IOException {
        deleteTree(staging);
    }

    private static boolean sameBytes(Path old, byte[] bytes) throws IOException {
        return Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == bytes.length
                && Arrays.equals(Files.readAllBytes(old), bytes);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
