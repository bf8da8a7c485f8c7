package dev.paperboy.content;

import dev.paperboy.listing.ListingYear;
import java.util.List;
import java.util.Objects;

/**
 * What an import did: counts per kind of file, the year each listing was read with, and every file touched.
 *
 * @param changes every paper, digest and listing copy, in file order
 */
public record ImportReport(Tally papers, Tally digests, List<ListingUse> listings, List<FileChange> changes) {
    public ImportReport {
        Objects.requireNonNull(papers, "papers");
        Objects.requireNonNull(digests, "digests");
        listings = List.copyOf(listings);
        changes = List.copyOf(changes);
    }

    /**
     * How many papers or digests were created, updated, left unchanged, or skipped because of an error; for
     * papers, skipped also counts the listing entries that could not be read.
     */
    public record Tally(int created, int updated, int unchanged, int skipped) {
        static Tally of(List<FileChange> changes, int moreSkipped) {
            int[] counts = new int[FileChange.Kind.values().length];
            changes.forEach(change -> counts[change.kind().ordinal()]++);
            return new Tally(counts[FileChange.Kind.CREATED.ordinal()], counts[FileChange.Kind.UPDATED.ordinal()],
                    counts[FileChange.Kind.UNCHANGED.ordinal()], counts[FileChange.Kind.SKIPPED.ordinal()] + moreSkipped);
        }
    }

    /**
     * One listing file of the run and the year its dates were read in.
     *
     * @param entries how many entries were read from it
     * @param failed  true when the file could not be read at all
     */
    public record ListingUse(String file, ListingYear year, int entries, boolean failed) {
        public ListingUse {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(year, "year");
        }
    }
}
