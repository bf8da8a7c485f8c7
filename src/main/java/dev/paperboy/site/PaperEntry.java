package dev.paperboy.site;

import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import java.util.List;
import java.util.Objects;

/**
 * A published paper with every published digest that lists it (oldest first). Its first digest is its "home":
 * feeds date it there, theme pages group it there, and {@code previous}/{@code next} are its neighbours in that
 * digest's reading order (null at either end).
 */
public record PaperEntry(Paper paper, List<Digest> digests, Paper previous, Paper next) {
    public PaperEntry {
        Objects.requireNonNull(paper, "paper");
        digests = List.copyOf(digests);
        if (digests.isEmpty()) {
            throw new IllegalArgumentException("a published paper is in at least one digest: " + paper.slug());
        }
    }

    public Digest firstDigest() {
        return digests.get(0);
    }

    public Digest lastDigest() {
        return digests.get(digests.size() - 1);
    }
}
