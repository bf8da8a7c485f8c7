package dev.paperboy.content;

import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.YamlPositions;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each front-matter value of a content file starts, by JSON pointer ({@code /themes/1}), and on which line
 * its Markdown body (notes, intro) starts.
 */
public record SourceMap(YamlPositions positions, int bodyLine) {
    public SourceMap {
        Objects.requireNonNull(positions, "positions");
    }

    /** The content file, as messages name it. */
    public String file() {
        return positions.file();
    }

    /** The position of a line of the Markdown body, counted from 0 as Flexmark counts. */
    public SourcePos bodyPos(int bodyLineIndex) {
        return SourcePos.of(file(), bodyLine + bodyLineIndex);
    }

    /** The value's position, else the nearest enclosing one's, else line 1 of the file. */
    public SourcePos pos(String pointer) {
        String path = pointer;
        while (true) {
            Optional<SourcePos> pos = positions.position(path);
            if (pos.isPresent()) {
                return pos.get();
            }
            if (path.isEmpty()) {
                return SourcePos.of(file(), 1);
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
    }
}
