package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.util.Set;

/**
 * An internal link found in an output file.
 *
 * @param raw      the link as written
 * @param file     the output file it names
 * @param fragment the id it names on that page, or null
 */
record OutputLink(SourcePos pos, String raw, String file, String fragment) {
    /**
     * Whether the link names one of the build's {@code files}; if not, reports it to {@code problems}.
     *
     * @param label names the output folder in messages
     */
    boolean isBuilt(Set<String> files, String label, Diagnostics problems) {
        if (files.contains(file)) {
            return true;
        }
        problems.error(pos, "broken link \"" + raw + "\": " + label + file + " is not built");
        return false;
    }
}
