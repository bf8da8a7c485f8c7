package dev.paperboy.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The files in an output folder before a build, listed on a thread of their own while the build loads and renders:
 * the commit needs them to delete the files no longer produced, and listing 11,000 files in 11,000 folders takes a
 * few hundred milliseconds, mostly in the kernel, that the build would otherwise wait for at its end.
 */
final class PreviousFiles {
    private final FutureTask<List<Path>> listing;

    private PreviousFiles(FutureTask<List<Path>> listing) {
        this.listing = listing;
    }

    /** Starts listing {@code folder}, which the build will replace; none if it is not a folder. */
    static PreviousFiles of(Path folder) {
        PreviousFiles previous = new PreviousFiles(new FutureTask<>(() -> list(folder)));
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Thread thread = new Thread(previous.listing, "list previous output");
            thread.setDaemon(true);
            thread.start();
        } else {
            previous.listing.run();
        }
        return previous;
    }

    /** Every file in the folder when listing began; waits for the listing to end. */
    List<Path> get() throws IOException {
        try {
            return listing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while listing the previous output");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        // Not Files.walk: filtering its paths for files took a second stat each.
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
