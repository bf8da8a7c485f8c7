package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlWriterTest {
    private final YamlWriter writer = new YamlWriter();
    private final YamlReader reader = new YamlReader();

    @ParameterizedTest
    @ValueSource(strings = {"Foo: bar", "yes", "no", "on", "off", "true", "null", "~", "#tag", "- x", "${7*7}",
            "@handle", "*star", "&anchor", "!tag", "|pipe", ">fold", "%percent", "`tick", "'quoted'", "\"double\"",
            "12", "1e3", "0x1F", "0o17", "1_000", ".5", "2025-11-13", "[a, b]", "{a: b}", "a # comment", "x:",
            "? key", "  leading spaces", "trailing space ", "tab\there", "Schrödinger Ωmega ∂ 深度学习 😀",
            "line one\nline two", "back\\slash", "ends with colon:", "---", "...", "=", "<<", "",
            "Y", "N", "NULL", "Off", "NaN", "Infinity", "https://github.com/a/b?x=1~y", "sha256:0123abcd",
            "a  b", "Words, and more words.", "ends with a dot.", "x", "2025-13-45", "Foo:bar", "mailto:x@y.z"})
    void writesTextThatReadsBackExactly(String text) {
        assertRoundTrip(JsonNodeFactory.instance.textNode(text));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 10, 25})
    void foldsLongTextIntoShortLinesThatReadBackExactly(int repeat) {
        String sentence = "We study  double spaces, colons: like this, #hashes # here, - dashes, quotes \"x\" 'y', "
                + "\\LaTeX {\\em residue}, tabs\tinside, Schrödinger ∂ Δ ∇ 深度学习 😀 and a long abstract. ";
        String text = sentence.repeat(repeat).strip();
        String yaml = writer.field("abstract", JsonNodeFactory.instance.textNode(text));
        yaml.lines().forEach(line -> assertTrue(line.length() <= YamlWriter.WIDTH, line));
        assertRoundTrip(JsonNodeFactory.instance.textNode(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {" leading space and then a text long enough to be folded into several lines of YAML",
            "trailing space and then a text long enough to be folded into several lines of YAML ",
            "a-very-long-word-without-any-space-that-cannot-be-wrapped-anywhere-at-all-so-it-stays-on-one-line",
            "line one of a long text that is long enough to be folded into lines\nline two of it",
            "# a long text that starts with a hash and should still be read back as text, not a comment",
            "- a long text that starts with a dash and should still be read back as text, not a list item"})
    void writesAwkwardLongTextThatReadsBackExactly(String text) {
        assertRoundTrip(JsonNodeFactory.instance.textNode(text));
    }

    @Test
    void writesListsAndMappingsThatReadBackExactly() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        assertRoundTrip(nodes.arrayNode().add("yes").add("https://a.b/c").add("Foo: bar").add("2025-11-13").add(7));
        assertRoundTrip(nodes.arrayNode());
        assertRoundTrip(nodes.arrayNode().add("Jürgen Schmidhuber").add("O'Neil, Cathy").add("李 明").add("Yes")
                .add("{Bob} %& \\'x").add("2511.18538").add("hep-th/9901001v2"));
        assertRoundTrip(nodes.objectNode().put("title", "no").put("upvotes", 3).put("abstract", "sha256:00ff")
                .set("digests", nodes.arrayNode().add("2025-11-13")));
        assertRoundTrip(nodes.objectNode().set("organization", nodes.objectNode().put("account", "on")
                .put("name", "Spiral Works")));
    }

    private void assertRoundTrip(JsonNode value) {
        String yaml = writer.field("abstract", value);
        Diagnostics diagnostics = new Diagnostics();
        JsonNode read = reader.read("t.md", yaml, 1, diagnostics).orElseThrow().get("abstract").orElseThrow().value();
        assertEquals(value, read, yaml);
        assertEquals(0, diagnostics.errorCount(), yaml);
    }
}
