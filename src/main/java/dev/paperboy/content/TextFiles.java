package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.diag.StrictUtf8;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads user text files strictly: UTF-8 only, an optional BOM dropped, NUL bytes refused, characters XML cannot
 * hold dropped with a warning.
 */
public final class TextFiles {
    private TextFiles() {
    }

    public static Optional<String> read(SiteFiles files, Path path, String label, Diagnostics diagnostics) {
        return readBytes(files, path, label, diagnostics).flatMap(bytes -> decode(bytes, label, diagnostics));
    }

    /** A site file's bytes; a link leading outside the site is reported, not followed. */
    public static Optional<byte[]> readBytes(SiteFiles files, Path path, String label, Diagnostics diagnostics) {
        try {
            return Optional.of(files.read(path));
        } catch (SiteFiles.OutsideSiteException e) {
            diagnostics.error(SourcePos.of(label), SiteFiles.OUTSIDE);
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(label), "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    public static Optional<String> decode(byte[] bytes, String label, Diagnostics diagnostics) {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        StrictUtf8.Failure failure = decoded.failure();
        if (failure == null) {
            decoded.reportDropped(label, diagnostics);
            return Optional.of(decoded.text());
        }
        if (failure.fault() == StrictUtf8.Fault.NUL_BYTE) {
            diagnostics.error(SourcePos.of(label, failure.line()), "binary file (NUL byte), not text");
        } else {
            diagnostics.error(SourcePos.of(label, failure.line()), "not valid UTF-8 text", "save the file as UTF-8");
        }
        return Optional.empty();
    }
}
