package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A file write about to be made (by import, resolve or themes --apply): its new bytes, or null for none. */
record FileWrite(Path path, FileChange change, byte[] bytes) {
    /**
     * Writing is partly waiting for the file system, as reading is: two threads per core, as for reads. Four were
     * no faster in {@code ImportBench}, on a disk busy with recent deletions or an idle one.
     */
    private static final int WRITE_THREADS_PER_CORE = 2;

    /** Nothing to write: the file is left as it is, and counted as skipped with errors. */
    static FileWrite skipped(Path path, String label) {
        return new FileWrite(path, new FileChange(label, FileChange.Kind.SKIPPED, List.of()), null);
    }

    /** Writes every planned file atomically (nothing when {@code dryRun}) and returns what happened to each. */
    static List<FileChange> writeAll(List<FileWrite> planned, boolean dryRun, Diagnostics diagnostics) {
        return FileThreads.run(WRITE_THREADS_PER_CORE,
                () -> planned.parallelStream().map(file -> write(file, dryRun, diagnostics)).toList());
    }

    private static FileChange write(FileWrite file, boolean dryRun, Diagnostics diagnostics) {
        if (dryRun || file.bytes() == null) {
            return file.change();
        }
        try {
            AtomicFiles.write(file.path(), file.bytes());
            return file.change();
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(file.change().file()), "cannot write: " + e);
            return new FileChange(file.change().file(), FileChange.Kind.SKIPPED, List.of());
        }
    }
}
