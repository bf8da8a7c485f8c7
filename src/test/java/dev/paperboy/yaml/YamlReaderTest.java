package dev.paperboy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paperboy.diag.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    @Test
    void documentsOfOneReaderShareTheirPointersAndReadersShareNothing() {
        YamlReader reader = new YamlReader();
        YamlPositions simple = reader.read("a.md", "title: A\nthemes: [x]\n", 2, new Diagnostics())
                .orElseThrow().positions();
        YamlPositions jackson = reader.read("b.md", "title: 'B'\nthemes: [y]\n", 2, new Diagnostics())
                .orElseThrow().positions();
        YamlPositions otherReader = new YamlReader().read("c.md", "title: C\nthemes: [z]\n", 2, new Diagnostics())
                .orElseThrow().positions();
        assertSame(simple.pointers(), jackson.pointers());
        assertEquals(simple.pointers(), otherReader.pointers());
        assertNotSame(simple.pointers(), otherReader.pointers());
    }

    @Test
    void refusesADocumentLargerThanTheLimit() {
        String yaml = "title: " + "x".repeat(YamlReader.MAX_DOCUMENT_CHARS);
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(Optional.empty(), new YamlReader().read("big.md", yaml, 2, diagnostics));
        assertEquals(List.of("big.md:2: error: YAML is too large (" + yaml.length() + " characters, at most "
                + YamlReader.MAX_DOCUMENT_CHARS + ")"), diagnostics.formatted());
    }

    @Test
    void aSyntaxErrorIsOneLineWithTheProblemAndWhereWhatItBrokeStarted() {
        Diagnostics diagnostics = new Diagnostics();
        YamlReader reader = new YamlReader();
        assertEquals(Optional.empty(), reader.read("unclosed.md", "date: 2024-01-01\ntitle: [unclosed\n", 2,
                diagnostics));
        assertEquals(Optional.empty(), reader.read("after-quote.md", "title: \"Quoted\" and more\n", 2,
                diagnostics));
        assertEquals(Optional.empty(), reader.read("tab.md", "title: x\n\tthemes: [rl]\n", 2, diagnostics));
        assertEquals(List.of(
                "after-quote.md:2:16: error: invalid YAML: expected <block end>, but found '<scalar>' (while parsing "
                        + "a block mapping that starts at line 2, column 1)",
                "tab.md:2:9: error: invalid YAML: found character '\\t(TAB)' that cannot start any token. (Do not "
                        + "use \\t(TAB) for indentation) (while scanning for the next token)",
                "unclosed.md:3:17: error: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a "
                        + "flow sequence that starts at line 3, column 8)"),
                diagnostics.formatted());
    }

    @Test
    void aKeyThatIsAListOrMappingIsSaidInTheFilesTermsWithoutParserInternals() {
        Diagnostics diagnostics = new Diagnostics();
        YamlReader reader = new YamlReader();
        assertEquals(Optional.empty(), reader.read("list-key.md", "title: x\n? [a, b]\n: value\n", 2, diagnostics));
        assertEquals(Optional.empty(), reader.read("map-key.md", "? {a: 1}\n: value\n", 2, diagnostics));
        assertEquals(Optional.empty(), reader.read("nested.md", "links:\n  ? [a]\n  : b\n", 2, diagnostics));
        List<String> errors = diagnostics.formatted();
        assertEquals(3, errors.size(), errors.toString());
        for (String error : errors) {
            assertFalse(error.contains("snakeyaml") || error.contains("Event") || error.contains("anchor="), error);
        }
        assertEquals("list-key.md:3:4: error: invalid YAML: a key must be plain text, found a list (keys with ? "
                + "and lists or mappings as keys are not supported)", errors.get(0));
    }

    @Test
    void valuesAreTheNodesJacksonItselfReads() throws Exception {
        String yaml = """
                title: "Quoted: text"
                plain: plain text
                int: 42
                negative: -7
                long: 12345678901
                big: 123456789012345678901234567890
                float: 0.25
                exponent: 1.5e3
                yes: true
                no: false
                nothing: null
                tilde: ~
                date: 2026-06-25
                list: [1, "two", 3.5, false, null]
                nested: {a: {b: [x, y]}, c: 1}
                block: |
                  two
                  lines
                """;
        Diagnostics diagnostics = new Diagnostics();
        YamlMapping mapping = new YamlReader().read("f.md", yaml, 2, diagnostics).orElseThrow();
        ObjectNode ours = new ObjectMapper().createObjectNode();
        mapping.fields().forEach(field -> ours.set(field.key(), field.value()));
        JsonNode jackson = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertEquals(jackson, ours);
        assertFalse(diagnostics.hasErrors());
        assertEquals(4, mapping.position("/int").orElseThrow().line());
        assertEquals(15, mapping.position("/list/2").orElseThrow().line());
    }
}
