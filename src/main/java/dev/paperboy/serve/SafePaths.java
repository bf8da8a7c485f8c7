package dev.paperboy.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request path to a file inside the served folder, or refuses it. Refused: {@code ..} segments (raw or
 * percent-encoded, once or twice), encoded slashes and backslashes, NUL, absolute or drive paths, and symlinks
 * whose target lies outside the folder.
 */
final class SafePaths {
    private SafePaths() {
    }

    static Optional<Path> resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String lowered = rawPath.toLowerCase(Locale.ROOT);
        if (lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%25") || lowered.contains("%00")
                || rawPath.contains("\\")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.indexOf('\0') >= 0 || decoded.contains("\\") || decoded.contains("//") || decoded.contains(":")) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        try {
            Path base = root.toAbsolutePath().normalize();
            Path candidate = base.resolve(decoded.substring(1)).normalize();
            if (!candidate.startsWith(base)) {
                return Optional.empty();
            }
            if (Files.exists(candidate) && !candidate.toRealPath().startsWith(base.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(candidate);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }
}
