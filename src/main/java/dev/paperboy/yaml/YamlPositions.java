package dev.paperboy.yaml;

import dev.paperboy.diag.SourcePos;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Where each key and list item of one YAML document starts, by JSON pointer ({@code /themes/2/slug}). Content
 * files keep theirs for the whole build, so they are held compactly: the pointers as one sorted list shared by
 * every document with the same pointers, each line and column packed into one long. A {@link SourcePos} is
 * made only when asked for, which is when there is something to report.
 */
public final class YamlPositions {
    private final String file;
    private final List<String> pointers;
    private final long[] lineColumns;

    private YamlPositions(String file, List<String> pointers, long[] lineColumns) {
        this.file = Objects.requireNonNull(file, "file");
        this.pointers = pointers;
        this.lineColumns = lineColumns;
    }

    /** The positions in {@code file}, which is the file of every one of them. */
    public static YamlPositions of(String file, Map<String, SourcePos> positions) {
        return of(file, positions, null);
    }

    /** As {@link #of(String, Map)}, with the list of pointers shared among {@code shapes} when not null. */
    static YamlPositions of(String file, Map<String, SourcePos> positions, PointerShapes shapes) {
        List<String> pointers = shapes == null ? PointerShapes.sortedCopy(positions.keySet())
                : shapes.sorted(positions.keySet());
        long[] lineColumns = new long[pointers.size()];
        for (int i = 0; i < lineColumns.length; i++) {
            SourcePos pos = positions.get(pointers.get(i));
            lineColumns[i] = (long) pos.line() << 32 | pos.column();
        }
        return new YamlPositions(file, pointers, lineColumns);
    }

    public String file() {
        return file;
    }

    /** Where the value at {@code pointer} starts; empty if not in the document. */
    public Optional<SourcePos> position(String pointer) {
        int index = Collections.binarySearch(pointers, pointer);
        return index < 0 ? Optional.empty() : Optional.of(at(index));
    }

    /** The pointers in sorted order: one list for every document with the same ones. */
    List<String> pointers() {
        return pointers;
    }

    private SourcePos at(int index) {
        long lineColumn = lineColumns[index];
        return new SourcePos(file, (int) (lineColumn >>> 32), (int) lineColumn);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YamlPositions that && file.equals(that.file) && pointers.equals(that.pointers)
                && Arrays.equals(lineColumns, that.lineColumns);
    }

    @Override
    public int hashCode() {
        return 31 * file.hashCode() + Arrays.hashCode(lineColumns);
    }

    /** Each pointer with its position, in sorted order, as a map of them would print. */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < pointers.size(); i++) {
            text.add(pointers.get(i) + "=" + at(i));
        }
        return text.toString();
    }
}
