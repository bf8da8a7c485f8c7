package dev.paperboy.content;

import java.util.List;
import java.util.Objects;

/**
 * What import did, or in a dry run would do, to one file.
 *
 * @param file   path relative to the site folder
 * @param fields the front-matter keys that changed (empty for created and unchanged files)
 */
public record FileChange(String file, Kind kind, List<String> fields) {
    public enum Kind { CREATED, UPDATED, UNCHANGED, SKIPPED }

    public FileChange {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
    }
}
