package dev.paperboy.content;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Writes files so that a crash or interruption leaves each one either old or new, never half written. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to a hidden temporary file in the same folder (same file system, and ignored by the
     * content loader), then moves it over {@code path} in one step.
     */
    public static void write(Path path, byte[] bytes) throws IOException {
        Path temp = temporarySibling(path);
        try {
            Files.write(temp, bytes, StandardOpenOption.WRITE);
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Creates an empty, uniquely named hidden file beside {@code path}. Cheaper than {@link Files#createTempFile},
     * whose one shared random generator makes parallel writers wait for each other.
     */
    private static Path temporarySibling(Path path) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        while (true) {
            Path temp = folder.resolve("." + path.getFileName() + "." + Long.toHexString(
                    ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // another writer chose the same name: draw again
            }
        }
    }

    /**
     * {@code folder/fileName}, refusing any name that would land elsewhere ({@code ..}, separators, absolute
     * paths): the last line of defence should a slug or date ever be wrong.
     */
    public static Path inside(Path folder, String fileName) {
        Path base = folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(fileName).normalize();
        if (fileName.isEmpty() || fileName.startsWith(".") || !base.equals(resolved.getParent())) {
            throw new IllegalArgumentException("file name \"" + fileName + "\" would leave " + base);
        }
        return resolved;
    }
}
