package dev.paperboy.serve;

import java.nio.file.Path;

/**
 * Files editors write beside the real ones while saving: swap and backup files, Vim's {@code 4913} probe,
 * Emacs lock files, hidden and temporary files. Changes to them never trigger a rebuild.
 */
final class EditorNoise {
    private EditorNoise() {
    }

    static boolean isNoise(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return true;
        }
        String name = fileName.toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.equals("4913")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp") || name.endsWith(".bak")
                || name.endsWith(".part") || name.endsWith(".crdownload");
    }
}
