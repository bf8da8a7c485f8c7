package dev.paperboy.content;

import dev.paperboy.diag.SourcePos;
import java.util.Map;

/** Where each front-matter value of a content file starts, by JSON pointer ({@code /themes/1}). */
public record SourceMap(String file, Map<String, SourcePos> positions) {
    public SourceMap {
        positions = Map.copyOf(positions);
    }

    /** The value's position, else the nearest enclosing one's, else line 1 of the file. */
    public SourcePos pos(String pointer) {
        String path = pointer;
        while (true) {
            SourcePos pos = positions.get(path);
            if (pos != null) {
                return pos;
            }
            if (path.isEmpty()) {
                return SourcePos.of(file, 1);
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
    }
}
