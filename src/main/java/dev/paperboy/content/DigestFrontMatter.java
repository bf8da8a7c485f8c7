package dev.paperboy.content;

import static dev.paperboy.content.DigestReader.DRAFT;
import static dev.paperboy.content.DigestReader.IMPORTED;
import static dev.paperboy.content.DigestReader.PAPERS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A digest's front matter as import writes it. {@code imported: {papers: [...]}} keeps the listing's last
 * order, so a curator's reordering or removal is told apart from a listing that changed.
 */
final class DigestFrontMatter {
    private DigestFrontMatter() {
    }

    static ObjectNode create(List<String> papers) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.set(PAPERS, Merge.array(papers));
        fields.put(DRAFT, false);
        fields.set(IMPORTED, imported(papers));
        return fields;
    }

    /** The keys of {@code file} to set; empty when the merge changes nothing. */
    static Map<String, JsonNode> changes(EditableFile file, List<String> listed) {
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        List<String> ours = Merge.texts(file.get(PAPERS).orElse(null));
        List<String> base = Merge.texts(file.imported(IMPORTED, PAPERS).orElse(null));
        List<String> merged = Merge.list(base, ours, listed);
        if (!merged.equals(ours)) {
            changes.put(PAPERS, Merge.array(merged));
        }
        ObjectNode imported = imported(listed);
        if (!imported.equals(file.get(IMPORTED).orElse(null))) {
            changes.put(IMPORTED, imported);
        }
        return changes;
    }

    private static ObjectNode imported(List<String> papers) {
        ObjectNode imported = JsonNodeFactory.instance.objectNode();
        imported.set(PAPERS, Merge.array(papers));
        return imported;
    }
}
