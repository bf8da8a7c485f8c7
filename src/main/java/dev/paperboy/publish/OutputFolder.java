package dev.paperboy.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Writes a build's output so that a failed build changes nothing and a file whose bytes did not change is never
 * rewritten (its mtime stays, so rsync and CDN deploys send only what changed).
 *
 * <p>Files are rendered into a staging folder next to the target (same file system, so moves are renames), but
 * only those whose bytes differ from the target's current file. {@link #commit()} then deletes the target's
 * files the build no longer produces and moves each changed file into place, each replaced atomically by one
 * rename; when there is no target yet, the staging folder itself is renamed into place. So the cost of a commit
 * follows what changed, not the size of the site (deleting a 10,000-file tree takes seconds on some disks).
 * {@link #abort()} only removes the staging folder. A crash during a commit can leave a mix of old and new files,
 * which the next build repairs.
 */
final class OutputFolder implements PageOutput {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private final PreviousFiles previous;
    /** Whether the last build wrote a file of the target (by its path there): only those may be deleted. */
    private final Predicate<String> written;
    private final boolean fresh;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final ThreadLocal<byte[]> readBuffers = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private OutputFolder(Path target, Path staging, PreviousFiles previous, Predicate<String> written) {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
        this.written = written;
        this.fresh = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * @param previous the files in {@code target} now, listed since the build began
     * @param written  which of them the last build wrote
     */
    static OutputFolder open(Path target, PreviousFiles previous, Predicate<String> written) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        return new OutputFolder(absolute, createStaging(parent, "." + absolute.getFileName() + ".building-"),
                previous, written);
    }

    /**
     * A new folder for staging, with the mode the umask gives any new folder: on a first build it becomes the
     * output folder itself, which a web server running as another user must be able to read
     * ({@link Files#createTempDirectory} would make it 0700).
     */
    private static Path createStaging(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36)));
            } catch (FileAlreadyExistsException e) {
                // another build's name: draw again
            }
        }
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || !produced.add(path)) {
            throw new IOException("output path is outside the output folder or written twice: " + path);
        }
        if (!fresh && sameBytes(target.resolve(path), bytes)) {
            return;
        }
        createFolder(file.getParent());
        writeFile(file, bytes);
        changed.add(path);
    }

    /**
     * Writes a new file with one system call where the file system allows: {@link Files#write} hands the bytes to
     * the kernel 8 KB at a time, three calls for a paper page.
     */
    private static void writeFile(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /**
     * Makes the target's file from the previous build part of this build, unchanged, if it is still there with
     * {@code size} bytes; false when it is not (then it must be written).
     */
    @Override
    public boolean keep(String path, long size) throws IOException {
        if (fresh) {
            return false;
        }
        Path file = target.resolve(path).normalize();
        if (!file.startsWith(target) || !isFile(file, size)) {
            return false;
        }
        if (!produced.add(path)) {
            throw new IOException("output path written twice: " + path);
        }
        return true;
    }

    /** Nothing to do: {@link #commit} deletes every file of the last build that this one did not produce. */
    @Override
    public void delete(Collection<String> paths) {
    }

    int files() {
        return produced.size();
    }

    int changed() {
        return changed.size();
    }

    /** Moves the build into place and records its files in the {@link OutputManifest}. */
    void commit() throws IOException {
        if (fresh) {
            OutputManifest.write(target, produced);
            move(staging, target);
            return;
        }
        // Until the moves are done the folder holds files of both builds: the manifest names both.
        Set<String> both = new HashSet<>(produced);
        for (Path file : previous.get()) {
            String path = relative(file);
            if (written.test(path)) {
                both.add(path);
            }
        }
        OutputManifest.write(target, both);
        deleteStale();
        for (String path : changed.stream().sorted().toList()) {
            Path to = target.resolve(path);
            Files.createDirectories(to.getParent());
            move(staging.resolve(path), to);
        }
        deleteTree(staging);
        OutputManifest.write(target, produced);
    }

    private String relative(Path file) {
        return target.relativize(file).toString().replace('\\', '/');
    }

    void abort() throws IOException {
        deleteTree(staging);
    }

    /**
     * Deletes the target's files the last build wrote and this one did not, then the folders that became empty;
     * a file no build wrote is never deleted. Only folders that lost a file are looked into again, so an unchanged
     * site costs one walk, not a listing per folder.
     */
    private void deleteStale() throws IOException {
        Set<Path> emptied = new TreeSet<>(Comparator.reverseOrder());
        for (Path file : previous.get()) {
            String path = relative(file);
            if (!produced.contains(path) && written.test(path)) {
                Files.deleteIfExists(file);
                for (Path folder = file.getParent(); !folder.equals(target); folder = folder.getParent()) {
                    emptied.add(folder);
                }
            }
        }
        // Deepest first (reverse order puts a folder after everything inside it).
        for (Path folder : emptied) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    /** Each folder is created once, by one thread, before any file goes into it. */
    private void createFolder(Path folder) {
        folders.computeIfAbsent(folder, absent -> {
            try {
                Files.createDirectories(absent);
                return Boolean.TRUE;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isFile(Path file, long size) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == size;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Whether {@code old} is a file holding exactly {@code bytes}: one stat, then the file read and compared a
     * buffer at a time, into the thread's own buffer (reading each old page whole made a copy of the site).
     */
    private boolean sameBytes(Path old, byte[] bytes) throws IOException {
        if (!isFile(old, bytes.length)) {
            return false;
        }
        byte[] buffer = readBuffers.get();
        try (InputStream in = Files.newInputStream(old)) {
            for (int offset = 0; offset < bytes.length;) {
                int count = in.readNBytes(buffer, 0, Math.min(buffer.length, bytes.length - offset));
                if (count == 0 || !Arrays.equals(buffer, 0, count, bytes, offset, offset + count)) {
                    return false;
                }
                offset += count;
            }
            return in.read() < 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
