package dev.paperboy.publish;

import dev.paperboy.diag.SourcePos;

/**
 * An internal link found in an output file, to check once every file is known.
 *
 * @param raw      the link as written
 * @param file     the output file it names
 * @param fragment the id it names on that page, or null
 */
record OutputLink(SourcePos pos, String raw, String file, String fragment) {
}
