package dev.paperboy.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that a crash or interruption leaves each one either old or new, never half written. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to a hidden temporary file in the same folder (same file system, and ignored by the
     * content loader), then moves it over {@code path} in one step.
     */
    public static void write(Path path, byte[] bytes) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + path.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
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
