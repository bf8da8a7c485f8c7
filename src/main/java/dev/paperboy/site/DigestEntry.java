package dev.paperboy.site;

import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import java.util.List;
import java.util.Objects;

/**
 * A published digest with its published papers grouped by primary theme (taxonomy order, no-theme group last).
 * {@link #papers()} is the reading order of the digest page.
 */
public record DigestEntry(Digest digest, List<ThemedPapers> groups) {
    public DigestEntry {
        Objects.requireNonNull(digest, "digest");
        groups = List.copyOf(groups);
    }

    public List<Paper> papers() {
        return groups.stream().flatMap(group -> group.papers().stream()).toList();
    }

    public int paperCount() {
        return groups.stream().mapToInt(group -> group.papers().size()).sum();
    }
}
