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
        int close = findClosingFence(normalized, start);
        if (close < 0) {
            diagnostics.error(SourcePos.of(file, 1), "front matter is not closed", "add a line \"---\" after it");
            return Optional.empty();
        }
        String yaml = normalized.substring(start, close);
        int afterFence = normalized.indexOf('\n', close);
        String body = afterFence < 0 ? "" : normalized.substring(afterFence + 1);
        int bodyFirstLine = 3 + countLines(yaml);
        return Optional.of(new FrontMatterFile(yaml, 2, body, bodyFirstLine));
    }

    private static int findClosingFence(String text, int from) {
        int lineStart = from;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (line.stripTrailing().equals(FENCE)) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int countLines(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
