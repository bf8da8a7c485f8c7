package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Three-way merge of one front-matter value, as a version control system merges a line: base is what the
 * listing said last time (the {@code imported:} block), ours is the file's current value, theirs is what the
 * listing says now. Absent, null and empty lists all count as "no value".
 */
final class Merge {
    private Merge() {
    }

    /**
     * Theirs when the curator left the value as the listing had it, else the curator's. Base holds
     * {@code fingerprint} of the listing's value (a hash, for long text), so ours is compared through it too.
     */
    static JsonNode value(JsonNode base, JsonNode ours, JsonNode theirs, UnaryOperator<JsonNode> fingerprint) {
        boolean untouched = Objects.equals(normal(ours == null ? null : fingerprint.apply(ours)), normal(base));
        return untouched ? normal(theirs) : normal(ours);
    }

    /**
     * A list the listing adds to but the curator curates: theirs when untouched; otherwise the curator's list
     * with the items that are new since base appended, so removed items stay removed.
     */
    static List<String> list(List<String> base, List<String> ours, List<String> theirs) {
        if (ours.equals(base)) {
            return theirs;
        }
        return appendNew(base, ours, theirs);
    }

    /** Ours plus theirs' items that neither base nor ours has: what the listing brings that is new. */
    static List<String> appendNew(List<String> base, List<String> ours, List<String> theirs) {
        Set<String> merged = new LinkedHashSet<>(ours);
        Set<String> known = Set.copyOf(base);
        theirs.stream().filter(item -> !known.contains(item)).forEach(merged::add);
        return List.copyOf(merged);
    }

    /** The text items of a list value; empty for anything else. */
    static List<String> texts(JsonNode node) {
        List<String> items = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> items.add(item.asText()));
        }
        return items;
    }

    static ArrayNode array(List<String> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(items.size());
        items.forEach(array::add);
        return array;
    }

    /** Null for absent, null and empty-list values, so "no value" compares equal however it is written. */
    static JsonNode normal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isArray() && node.isEmpty()) {
            return null;
        }
        return node;
    }
}
