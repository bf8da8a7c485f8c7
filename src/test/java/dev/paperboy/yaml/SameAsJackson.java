package dev.paperboy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Asserts that what {@link dev.paperboy.yaml.internal.SimpleYaml} read is what {@link JacksonYaml} reads: values, node types, positions. */
final class SameAsJackson {
    static final int FIRST_LINE = 2;

    private SameAsJackson() {
    }

    static void assertSameAsJackson(JacksonYaml jackson, String yaml, YamlMapping simple) {
        Diagnostics diagnostics = new Diagnostics();
        YamlMapping expected = jackson.read("f.md", yaml, FIRST_LINE, diagnostics).orElse(null);
        String context = "for this YAML:\n" + yaml + "\n";
        assertEquals(List.of(), diagnostics.formatted(), context);
        assertEquals(fields(expected), fields(simple), context);
        assertEquals(expected.positions(), simple.positions(), context);
    }

    /** Each field with its position and its value spelled out with node types, so IntNode 1 differs from LongNode 1. */
    private static List<String> fields(YamlMapping mapping) {
        List<String> fields = new ArrayList<>();
        for (YamlField field : mapping.fields()) {
            fields.add(field.key() + "@" + field.line() + ":" + field.column() + " = " + typed(field.value()));
        }
        return fields;
    }

    private static String typed(JsonNode node) {
        StringBuilder text = new StringBuilder(node.getClass().getSimpleName());
        if (!node.isContainerNode()) {
            return text.append(' ').append(node).toString();
        }
        text.append('(');
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                text.append(child.getKey()).append('=').append(typed(child.getValue())).append(", ");
            }
        } else {
            node.elements().forEachRemaining(item -> text.append(typed(item)).append(", "));
        }
        return text.append(')').toString();
    }
}
