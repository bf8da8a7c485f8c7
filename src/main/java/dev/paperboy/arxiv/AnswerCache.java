package dev.paperboy.arxiv;

import dev.paperboy.content.AtomicFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * arXiv's answers as they came, one file per query URL under the site's {@code .paperboy/arxiv/}, so asking again
 * costs nothing and never waits for the rate limit. arXiv's own manual asks clients to cache: results change at
 * most once a day. A file's modification time is when its answer was kept.
 */
final class AnswerCache {
    private static final int NAME_HEX_DIGITS = 32;

    private final Path folder;

    AnswerCache(Path folder) {
        this.folder = folder;
    }

    /** An answer as it came, and when it was kept. */
    record Kept(byte[] answer, Instant saved) {
    }

    /** The answer kept for {@code uri}; empty when there is none or it cannot be read. */
    Optional<Kept> get(URI uri) {
        Path file = file(uri);
        try {
            return Files.isRegularFile(file) ? Optional.of(new Kept(Files.readAllBytes(file),
                    Files.getLastModifiedTime(file).toInstant())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void put(URI uri, byte[] answer) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.write(file(uri), answer);
    }

    private Path file(URI uri) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash).substring(0, NAME_HEX_DIGITS) + ".xml");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
