package dev.paperboy.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One import run.
 *
 * @param listings listing files, in the order given; later files win when two say different things
 * @param date     the listings' full date ({@code --date}), or null
 * @param year     the listings' year ({@code --year}), or null; at most one of date and year
 * @param dryRun     work out every change but write nothing
 * @param downloaded the bytes of listings downloaded for this import, by the path in content/listings they are to
 *                   be kept at (each is among {@code listings}); written there unless {@code dryRun}
 */
public record ImportRequest(SiteLayout layout, List<Path> listings, LocalDate date, Integer year, boolean dryRun,
        Map<Path, byte[]> downloaded) {
    public ImportRequest {
        Objects.requireNonNull(layout, "layout");
        listings = List.copyOf(listings);
        downloaded = Map.copyOf(downloaded);
        if (date != null && year != null) {
            throw new IllegalArgumentException("give the listing date or its year, not both");
        }
    }

    /** An import of listing files only. */
    public ImportRequest(SiteLayout layout, List<Path> listings, LocalDate date, Integer year, boolean dryRun) {
        this(layout, listings, date, year, dryRun, Map.of());
    }
}
