package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterEditorTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final FrontMatterEditor editor = new FrontMatterEditor(new YamlWriter());

    private static final String CURATED = """
            ---
            # My favourite paper.
            title: 'Attention, again'   # fixed the comma
            upvotes: 3

            # counted by hand
            authors_count: 7
            themes: [transformers]
            abstract: |
              Kept exactly,
              # not a comment
            imported:
              title: Attention again
              upvotes: 3
            ---
            My *notes*.
            ---
            Still notes.
            """;

    @Test
    void rewritesOnlyTheLinesOfChangedKeys() {
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        changes.put("upvotes", NODES.numberNode(12));
        changes.put("authors_count", null);
        changes.put("code_url", NODES.textNode("https://github.com/a/b"));
        changes.put("imported", NODES.objectNode().put("title", "Attention again").put("upvotes", 12));

        String edited = edit(CURATED, changes).orElseThrow();

        assertEquals("""
                ---
                # My favourite paper.
                title: 'Attention, again'   # fixed the comma
                upvotes: 12

                # counted by hand
                themes: [transformers]
                abstract: |
                  Kept exactly,
                  # not a comment
                code_url: https://github.com/a/b
                imported:
                  title: Attention again
                  upvotes: 12
                ---
                My *notes*.
                ---
                Still notes.
                """, edited);
    }

    @Test
    void keepsWindowsLineEndingsAndWritesNewLinesWithThem() {
        String crlf = CURATED.replace("\n", "\r\n");
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        changes.put("upvotes", NODES.numberNode(12));
        changes.put("links", NODES.arrayNode().add("https://example.org/x"));

        String edited = edit(crlf, changes).orElseThrow();

        assertEquals(crlf.replace("upvotes: 3\r\n\r\n", "upvotes: 12\r\n\r\n")
                .replace("imported:\r\n", "links:\r\n  - https://example.org/x\r\nimported:\r\n"), edited);
    }

    @Test
    void appendsNewKeysBeforeTheClosingFenceWhenThereIsNoImportedBlock() {
        String text = "---\ntitle: A\n# trailing comment\n---\nbody\n";
        String edited = edit(text, Map.of("upvotes", NODES.numberNode(1))).orElseThrow();
        assertEquals("---\ntitle: A\n# trailing comment\nupvotes: 1\n---\nbody\n", edited);
    }

    @Test
    void refusesFrontMatterWithSeveralKeysOnOneLine() {
        assertTrue(edit("---\n{title: A, upvotes: 1}\n---\n", Map.of("upvotes", NODES.numberNode(2))).isEmpty());
    }

    private Optional<String> edit(String text, Map<String, JsonNode> changes) {
        Diagnostics diagnostics = new Diagnostics();
        EditableFile file = new EditableFile("a", Path.of("a.md"), "a.md", false, text,
                FrontMatterFile.split("a.md", text, diagnostics)
                        .flatMap(parts -> new YamlReader().read("a.md", parts.yaml(), parts.yamlFirstLine(), diagnostics))
                        .orElseThrow());
        return editor.edit(file, changes, "imported");
    }
}
