package dev.paperboy.serve;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The outcome of one (re)build of the preview. */
public sealed interface Rebuild {
    /**
     * The output is up to date.
     *
     * @param changedUrls URL paths of the files written or deleted ({@code /papers/x/}, {@code /feed.xml})
     * @param rendered    how many files were rendered (the others were known to be unchanged)
     * @param files       how many files the site has
     * @param relatedPending related-paper lists are the last exact ones; a rebuild with exact ones follows
     */
    record Done(List<String> changedUrls, int rendered, int files, Duration time, boolean relatedPending)
            implements Rebuild {
        public Done {
            changedUrls = List.copyOf(changedUrls);
            Objects.requireNonNull(time, "time");
        }
    }

    /** Content or template errors, as report lines; the next successful rebuild brings the output up to date. */
    record Failed(List<String> errors) implements Rebuild {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
