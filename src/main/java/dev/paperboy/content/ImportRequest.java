package dev.paperboy.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One import run.
 *
 * @param listings listing files, in the order given; later files win when two say different things
 * @param date     the listings' full date ({@code --date}), or null
 * @param year     the listings' year ({@code --year}), or null; at most one of date and year
 * @param dryRun   work out every change but write nothing
 */
public record ImportRequest(SiteLayout layout, List<Path> listings, LocalDate date, Integer year, boolean dryRun) {
    public ImportRequest {
        Objects.requireNonNull(layout, "layout");
        listings = List.copyOf(listings);
        if (date != null && year != null) {
            throw new IllegalArgumentException("give the listing date or its year, not both");
        }
    }
}
