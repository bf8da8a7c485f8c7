package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.yaml.YamlField;
import dev.paperboy.yaml.YamlMapping;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A paper or digest file as found on disk before import: its exact text (line endings kept, the BOM noted so it
 * can be put back) and its parsed front matter, which import merges into by editing lines.
 *
 * @param name the file name without ".md": the slug or the date
 */
record EditableFile(String name, Path path, String label, boolean bom, String text, YamlMapping frontMatter) {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    EditableFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(frontMatter, "frontMatter");
    }

    static Optional<EditableFile> read(SiteFiles files, Path path, String name, String label, YamlReader yaml,
            Diagnostics diagnostics) {
        return TextFiles.readBytes(files, path, label, diagnostics)
                .flatMap(bytes -> parse(bytes, path, name, label, yaml, diagnostics));
    }

    private static Optional<EditableFile> parse(byte[] bytes, Path path, String name, String label, YamlReader yaml,
            Diagnostics diagnostics) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        return TextFiles.decode(bytes, label, diagnostics)
                .flatMap(text -> FrontMatterFile.split(label, text, diagnostics)
                        .flatMap(parts -> yaml.read(label, parts.yaml(), parts.yamlFirstLine(), diagnostics))
                        .map(mapping -> new EditableFile(name, path, label, bom, text, mapping)));
    }

    /** A top-level value; empty when absent or null. */
    Optional<JsonNode> get(String key) {
        return frontMatter.get(key).map(YamlField::value).filter(value -> !value.isNull());
    }

    /** A value of the machine-owned {@code imported:} mapping; empty when absent. */
    Optional<JsonNode> imported(String importedKey, String key) {
        return get(importedKey).filter(JsonNode::isObject).map(node -> node.get(key)).filter(value -> !value.isNull());
    }

    /** The text to write back for new content: the BOM restored if the curator's editor had one. */
    byte[] encode(String newText) {
        byte[] body = newText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }
}
