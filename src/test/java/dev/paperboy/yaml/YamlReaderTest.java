package dev.paperboy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    private List<String> errorsOf(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<YamlMapping> mapping = reader.read("f.md", yaml, 2, diagnostics);
        assertTrue(mapping.isEmpty() || !diagnostics.hasErrors(), "either a mapping or errors");
        return diagnostics.formatted();
    }

    @Test
    void recordsTheLineOfEveryKeyOffsetByTheFirstLine() {
        Diagnostics diagnostics = new Diagnostics();
        YamlMapping mapping = reader.read("f.md", "title: A\nthemes:\n  - x\n  - y\n", 2, diagnostics).orElseThrow();
        assertEquals(2, mapping.get("title").orElseThrow().line());
        assertEquals(3, mapping.get("themes").orElseThrow().line());
        assertEquals(5, mapping.position("/themes/1").orElseThrow().line());
    }

    @Test
    void refusesADocumentThatIsNotAMapping() {
        assertEquals(List.of("f.md:2:1: error: YAML must be a mapping of keys to values, found a list"),
                errorsOf("- a\n- b\n"));
    }

    @Test
    void reportsDuplicateKeysWithTheirLine() {
        List<String> errors = errorsOf("title: a\ntitle: b\n");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("f.md:3:"), errors.get(0));
        assertTrue(errors.get(0).contains("title"), errors.get(0));
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            bomb.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = name;
        }
        List<String> errors = errorsOf(bomb.toString());
        assertEquals(List.of("f.md:2:4: error: YAML anchors and aliases (&name, *name) are not supported"), errors);
    }

    @Test
    void refusesDeepNesting() {
        String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertEquals(1, errorsOf(deep).size());
    }

    @Test
    void readsAnEmptyDocumentAsAnEmptyMapping() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(reader.read("f.md", "", 2, diagnostics).orElseThrow().isEmpty());
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void reportsSyntaxErrorsWithFileAndLine() {
        List<String> errors = errorsOf("title: a\nthemes: [x\n");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).matches("f\\.md:\\d+:\\d+: error: invalid YAML: .*"), errors.get(0));
    }
}
