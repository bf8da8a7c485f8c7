package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.yaml.YamlField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes top-level front-matter keys by rewriting only their lines, so everything else the curator wrote (key
 * order, comments, quoting, blank lines, line endings, the body) stays byte for byte.
 *
 * <p>A key's lines run from its key line to the line before the next key (or the closing fence), less trailing
 * blank lines and column-0 comments, which belong to what follows. New keys go before {@code imported:}, so the
 * machine-owned block stays last, or before the closing fence.
 */
final class FrontMatterEditor {
    private final YamlWriter yaml;

    FrontMatterEditor(YamlWriter yaml) {
        this.yaml = yaml;
    }

    /**
     * The file's text with each key of {@code changes} set to its value (a null value removes the key); empty when
     * two keys share a line (flow style), which cannot be edited line by line.
     */
    Optional<String> edit(EditableFile file, Map<String, JsonNode> changes, String lastKey) {
        List<String> lines = splitLines(file.text());
        String eol = lines.get(0).endsWith("\r\n") ? "\r\n" : "\n";
        int fence = closingFence(lines);
        List<YamlField> keys = new ArrayList<>(file.frontMatter().fields());
        keys.sort((a, b) -> Integer.compare(a.line(), b.line()));
        Map<Integer, String> replacements = new HashMap<>();
        boolean[] dropped = new boolean[lines.size()];
        for (int i = 0; i < keys.size(); i++) {
            YamlField key = keys.get(i);
            int start = key.line() - 1;
            int next = i + 1 < keys.size() ? keys.get(i + 1).line() - 1 : fence;
            if (next <= start) {
                return Optional.empty();
            }
            if (!changes.containsKey(key.key())) {
                continue;
            }
            int end = next;
            while (end - 1 > start && isTrailer(lines.get(end - 1))) {
                end--;
            }
            for (int line = start; line < end; line++) {
                dropped[line] = true;
            }
            JsonNode value = changes.get(key.key());
            replacements.put(start, value == null ? "" : block(key.key(), value, eol));
        }
        StringBuilder added = new StringBuilder();
        changes.forEach((key, value) -> {
            if (value != null && file.frontMatter().get(key).isEmpty()) {
                added.append(block(key, value, eol));
            }
        });
        int insertAt = file.frontMatter().get(lastKey).map(field -> field.line() - 1).orElse(fence);
        StringBuilder text = new StringBuilder(file.text().length() + added.length() + 256);
        for (int line = 0; line < lines.size(); line++) {
            if (line == insertAt) {
                text.append(added);
            }
            String replacement = replacements.get(line);
            if (replacement != null) {
                text.append(replacement);
            }
            if (!dropped[line]) {
                text.append(lines.get(line));
            }
        }
        return Optional.of(text.toString());
    }

    private String block(String key, JsonNode value, String eol) {
        String block = yaml.field(key, value);
        return eol.equals("\n") ? block : block.replace("\n", eol);
    }

    private static boolean isTrailer(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    /** The index of the closing "---" line, found the way {@link FrontMatterFile} finds it. */
    private static int closingFence(List<String> lines) {
        for (int line = 1; line < lines.size(); line++) {
            if (lines.get(line).stripTrailing().equals(FrontMatterFile.FENCE)) {
                return line;
            }
        }
        throw new IllegalArgumentException("front matter is not closed");
    }

    /** Lines with their terminators, so joining them gives the text back exactly. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
