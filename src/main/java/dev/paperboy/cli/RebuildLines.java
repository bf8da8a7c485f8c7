package dev.paperboy.cli;

import dev.paperboy.serve.Rebuild;
import java.util.List;
import java.util.Locale;

/**
 * What {@code serve} prints after each (re)build: one line per save naming the files saved and the pages that
 * changed, and "fixed" when a build succeeds after a failed one. Remembers only whether the last build failed.
 */
final class RebuildLines {
    /** How many saved files and changed pages a line names before it counts the rest. */
    private static final int NAMED = 3;

    private boolean first = true;
    private boolean failing;

    /** The line for standard output after a successful build. */
    String done(Rebuild.Done done, List<String> saved) {
        String line;
        if (first) {
            line = String.format(Locale.ROOT, "built in %d ms: %d files", done.time().toMillis(), done.files());
        } else {
            String cause = saved.isEmpty() ? "related papers" : named(saved);
            List<String> urls = done.changedUrls();
            String changed = urls.isEmpty() ? "no page changed"
                    : urls.size() + (urls.size() == 1 ? " file" : " files") + " changed: " + named(urls);
            line = String.format(Locale.ROOT, "%s: %s in %d ms, %s", cause, failing ? "fixed, rebuilt" : "rebuilt",
                    done.time().toMillis(), changed);
        }
        first = false;
        failing = false;
        return line + (done.relatedPending() ? "; related papers follow" : "");
    }

    /** The last line for standard error after a failed build, below its errors. */
    String failed(List<String> saved) {
        first = false;
        failing = true;
        return (saved.isEmpty() ? "" : named(saved) + ": ")
                + "build failed; the browser shows the errors until they are fixed";
    }

    private static String named(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(NAMED, items.size())));
        return items.size() > NAMED ? shown + " and " + (items.size() - NAMED) + " more" : shown;
    }
}
