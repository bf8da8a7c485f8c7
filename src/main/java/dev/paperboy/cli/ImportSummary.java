package dev.paperboy.cli;

import dev.paperboy.content.FileChange;
import dev.paperboy.content.ImportReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines import prints when done: the year each listing was read in, what changed, the counts. */
final class ImportSummary {
    private ImportSummary() {
    }

    static List<String> lines(ImportReport report, boolean dryRun, boolean verbose) {
        List<String> lines = new ArrayList<>();
        for (ImportReport.ListingUse listing : report.listings()) {
            lines.add(listing.file() + ": " + (listing.failed() ? "not imported"
                    : listing.entries() + " entries, " + listing.year().source()));
        }
        if (dryRun || verbose) {
            report.changes().stream()
                    .filter(change -> change.kind() != FileChange.Kind.UNCHANGED)
                    .forEach(change -> lines.add(describe(change, dryRun)));
        }
        lines.add((dryRun ? "dry run, nothing written: " : "") + "papers: " + counts(report.papers()));
        lines.add((dryRun ? "dry run, nothing written: " : "") + "digests: " + counts(report.digests()));
        return lines;
    }

    private static String describe(FileChange change, boolean dryRun) {
        String verb = switch (change.kind()) {
            case CREATED -> dryRun ? "would create" : "created";
            case UPDATED -> dryRun ? "would update" : "updated";
            default -> "skipped";
        };
        String fields = change.fields().isEmpty() ? "" : " (" + String.join(", ", change.fields()) + ")";
        return verb + " " + change.file() + fields;
    }

    private static String counts(ImportReport.Tally tally) {
        return String.format(Locale.ROOT, "%d created, %d updated, %d unchanged, %d skipped with errors",
                tally.created(), tally.updated(), tally.unchanged(), tally.skipped());
    }
}
