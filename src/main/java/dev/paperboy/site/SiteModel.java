package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The published site, read-only: what the build renders. Built and validated by {@link SiteModelBuilder}.
 *
 * @param digests published digests, oldest first
 * @param papers  published papers (those in at least one published digest), by slug
 * @param themes  every theme of the taxonomy, in its order, with its published papers
 */
public record SiteModel(SiteConfig config, List<DigestEntry> digests, List<PaperEntry> papers,
        List<ThemeEntry> themes) {

    public SiteModel {
        Objects.requireNonNull(config, "config");
        digests = List.copyOf(digests);
        papers = List.copyOf(papers);
        themes = List.copyOf(themes);
    }

    /** The published paper with this slug: a binary search, since papers are sorted by slug. */
    public Optional<PaperEntry> paper(String slug) {
        int index = paperIndex(papers, slug);
        return index < 0 ? Optional.empty() : Optional.of(papers.get(index));
    }

    /** The published digest of this date. */
    public Optional<DigestEntry> digest(LocalDate date) {
        int index = digestIndex(date);
        return index < 0 ? Optional.empty() : Optional.of(digests.get(index));
    }

    /** The position of the published digest of this date in {@link #digests()}, or -1. */
    public int digestIndex(LocalDate date) {
        return Math.max(-1, search(digests, entry -> entry.digest().date(), date));
    }

    /** The date of the newest published digest: the content date of pages that show the whole site. */
    public Optional<LocalDate> lastDate() {
        return digests.isEmpty() ? Optional.empty() : Optional.of(digests.get(digests.size() - 1).digest().date());
    }

    /** As {@link java.util.Collections#binarySearch}, for a list of entries sorted by slug. */
    static int paperIndex(List<PaperEntry> sortedBySlug, String slug) {
        return search(sortedBySlug, entry -> entry.paper().slug(), slug);
    }

    /** As {@link java.util.Collections#binarySearch}, over the keys of a list sorted by them. */
    private static <T, K extends Comparable<K>> int search(List<T> sorted, Function<T, K> key, K wanted) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = key.apply(sorted.get(middle)).compareTo(wanted);
            if (order == 0) {
                return middle;
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -(low + 1);
    }
}
