package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.util.Optional;

/**
 * A content file split into its YAML front matter (between two {@code ---} lines at the top) and its Markdown
 * body. Line numbers are 1-based lines of the file.
 */
public record FrontMatterFile(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    static final String FENCE = "---";

    /** Splits {@code text} (already decoded, BOM removed, any line endings); reports when it has no front matter. */
    public static Optional<FrontMatterFile> split(String file, String text, Diagnostics diagnostics) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith(FENCE + "\n") && !normalized.equals(FENCE)) {
            diagnostics.error(SourcePos.of(file, 1), "missing front matter",
                    "the file must start with a line \"---\", then YAML, then a line \"---\"");
            return Optional.empty();
        }
        int start = FENCE.length() + 1;
        int yamlLines = 0;
        int lineStart = start;
        int lineEnd = normalized.indexOf('\n', lineStart);
        while (!isFence(normalized, lineStart, lineEnd < 0 ? normalized.length() : lineEnd)) {
            if (lineEnd < 0) {
                diagnostics.error(SourcePos.of(file, 1), "front matter is not closed", "add a line \"---\" after it");
                return Optional.empty();
            }
            yamlLines++;
            lineStart = lineEnd + 1;
            lineEnd = normalized.indexOf('\n', lineStart);
        }
        String yaml = normalized.substring(start, lineStart);
        String body = lineEnd < 0 ? "" : normalized.substring(lineEnd + 1);
        return Optional.of(new FrontMatterFile(yaml, 2, body, 3 + yamlLines));
    }

    /** Whether the line from {@code start} to {@code end} is {@code ---}, perhaps with trailing whitespace. */
    private static boolean isFence(String text, int start, int end) {
        if (!text.startsWith(FENCE, start)) {
            return false;
        }
        for (int i = start + FENCE.length(); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
