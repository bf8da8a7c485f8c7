package dev.paperboy.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.diag.SourcePos;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The top-level mapping of a YAML document, in source order, with each key's position. */
public final class YamlMapping {
    private final Map<String, YamlField> fields;
    private final YamlPositions positions;
    private final boolean mayHoldUnwritable;

    /** @param yaml the document's text, which tells whether its values may hold characters XML cannot */
    YamlMapping(LinkedHashMap<String, YamlField> fields, YamlPositions positions, String yaml) {
        this.fields = Collections.unmodifiableMap(fields);
        this.positions = positions;
        // YAML text cannot hold them (both readers refuse it): only an escape in double quotes makes one.
        this.mayHoldUnwritable = yaml.indexOf('\\') >= 0;
    }

    /** The mapping {@code top}, each of whose keys has its position in {@code positions}, by JSON pointer. */
    static YamlMapping of(String file, String yaml, ObjectNode top, Map<String, SourcePos> positions,
            PointerShapes shapes) {
        LinkedHashMap<String, YamlField> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : top.properties()) {
            SourcePos keyAt = positions.get("/" + entry.getKey());
            fields.put(entry.getKey(), new YamlField(entry.getKey(), entry.getValue(), keyAt.line(), keyAt.column()));
        }
        return new YamlMapping(fields, YamlPositions.of(file, positions, shapes), yaml);
    }

    /** Where a nested value starts, by JSON pointer ({@code /themes/2/slug}); empty if not in the document. */
    public Optional<SourcePos> position(String pointer) {
        return positions.position(pointer);
    }

    public Optional<YamlField> get(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Every key's and list item's position, by JSON pointer. */
    public YamlPositions positions() {
        return positions;
    }

    public Collection<YamlField> fields() {
        return fields.values();
    }

    /** The whole mapping as a tree, for reading it with {@link FieldReader}. */
    public ObjectNode asObject() {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fields.values().forEach(field -> object.set(field.key(), field.value()));
        return object;
    }

    /**
     * Whether a text value may hold a character XML cannot (a C0 control but tab and line ends, U+FFFE, U+FFFF):
     * false when the text has no backslash, so no value need be looked at for one.
     */
    boolean mayHoldUnwritable() {
        return mayHoldUnwritable;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
