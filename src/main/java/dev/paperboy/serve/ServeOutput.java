package dev.paperboy.serve;

import dev.paperboy.publish.PageOutput;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The folder {@code serve} renders into and serves from. A file is written only when its bytes differ, by a rename
 * over the old one, so the server never sends half a page. Unlike {@code build}'s output folder there is no
 * staging: a preview may show a mix of old and new files for the milliseconds a rebuild takes.
 */
final class ServeOutput implements PageOutput {
    private final Path root;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    ServeOutput(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
    }

    Path root() {
        return root;
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        Path file = resolve(path);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        changed.add(path);
    }

    /** Whether the file is there with this size: nothing but the preview writes into its folder. */
    @Override
    public boolean keep(String path, long size) throws IOException {
        Path file = resolve(path);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == size;
    }

    /** Deletes these output files, and the folders they leave empty. */
    @Override
    public void delete(Collection<String> paths) throws IOException {
        for (String path : paths) {
            Path file = resolve(path);
            if (Files.deleteIfExists(file)) {
                changed.add(path);
                deleteEmptyFolders(file.getParent());
            }
        }
    }

    /** Deletes every file not in {@code keep}: leftovers of an earlier session, before the first render. */
    void deleteAllBut(Set<String> keep) throws IOException {
        List<String> stale;
        try (Stream<Path> walk = Files.walk(root)) {
            stale = walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !keep.contains(path))
                    .toList();
        }
        delete(stale);
    }

    /** The output paths written or deleted since the last call, cleared. */
    Set<String> takeChanged() {
        Set<String> taken = new TreeSet<>(changed);
        changed.removeAll(taken);
        return taken;
    }

    private Path resolve(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("output path is outside the output folder: " + path);
        }
        return file;
    }

    private void deleteEmptyFolders(Path folder) throws IOException {
        for (Path current = folder; !current.equals(root); current = current.getParent()) {
            try (Stream<Path> children = Files.list(current)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
        }
    }
}
