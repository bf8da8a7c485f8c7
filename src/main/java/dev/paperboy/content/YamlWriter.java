package dev.paperboy.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;

/**
 * Writes front-matter YAML: plain scalars where they read back unchanged, quotes where they would not
 * ({@code yes}, {@code 12}, {@code Foo: bar}, {@code - x}), and long one-line text (abstracts) as a folded
 * block, which reads as plain wrapped prose and needs no escapes. One shared, thread-safe instance per import.
 */
final class YamlWriter {
    static final int WIDTH = 80;
    private static final String INDENT = "  ";

    private final YAMLMapper mapper;

    YamlWriter() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        this.mapper = new YAMLMapper(factory);
    }

    /** The lines of a whole mapping, each ending in "\n": its fields one after another. */
    String mapping(ObjectNode fields) {
        StringBuilder yaml = new StringBuilder();
        fields.fields().forEachRemaining(field -> yaml.append(field(field.getKey(), field.getValue())));
        return yaml.toString();
    }

    /** The lines of one top-level {@code key: value}, each ending in "\n". */
    String field(String key, JsonNode value) {
        if (value.isTextual() && key.length() + value.asText().length() + 2 > WIDTH && foldable(value.asText())) {
            return folded(key, value.asText());
        }
        ObjectNode single = JsonNodeFactory.instance.objectNode();
        single.set(key, value);
        try {
            return mapper.writeValueAsString(single);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code key: >-} and the text wrapped at single spaces between words, which folding turns back into spaces. */
    private static String folded(String key, String text) {
        StringBuilder yaml = new StringBuilder(text.length() + text.length() / 30 + key.length() + 8);
        yaml.append(key).append(": >-\n");
        int lineStart = 0;
        int lastBreak = -1;
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == ' ' && !isBlank(text.charAt(i - 1)) && !isBlank(text.charAt(i + 1))) {
                if (i - lineStart > WIDTH - INDENT.length() && lastBreak > lineStart) {
                    yaml.append(INDENT).append(text, lineStart, lastBreak).append('\n');
                    lineStart = lastBreak + 1;
                }
                lastBreak = i;
            }
        }
        if (text.length() - lineStart > WIDTH - INDENT.length() && lastBreak > lineStart) {
            yaml.append(INDENT).append(text, lineStart, lastBreak).append('\n');
            lineStart = lastBreak + 1;
        }
        return yaml.append(INDENT).append(text, lineStart, text.length()).append('\n').toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Text a folded block gives back unchanged: one line, no whitespace at either end (it would be kept or
     * dropped by indentation rules) and only printable characters.
     */
    private static boolean foldable(String text) {
        if (isBlank(text.charAt(0)) || isBlank(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
