package dev.paperboy.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes front-matter YAML: plain scalars where they read back unchanged, quotes where they would not
 * ({@code yes}, {@code 12}, {@code Foo: bar}, {@code - x}), and long one-line text (abstracts) as a folded
 * block, which reads as plain wrapped prose and needs no escapes. One shared, thread-safe instance per import.
 */
final class YamlWriter {
    static final int WIDTH = 80;
    private static final String INDENT = "  ";
    /** Starts with a letter, holds no character YAML gives a meaning to (#, quotes, brackets, &, *, !, |, >, %, @). */
    private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ,.;:()/_+?=~-]*[A-Za-z0-9.)/_-]|[A-Za-z]");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Words YAML 1.1 reads as booleans, null or special numbers. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null",
            "nan", "inf", "infinity");

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

    /** The lines of a whole mapping, each ending in "\n": what {@link #field} gives for each field, in order. */
    String mapping(ObjectNode fields) {
        StringBuilder yaml = new StringBuilder(4096);
        fields.properties().forEach(field -> yaml.append(field(field.getKey(), field.getValue())));
        return yaml.toString();
    }

    /**
     * The lines of one top-level {@code key: value}, each ending in "\n". The shapes import writes all the time
     * (plain words, numbers, dates, URLs, lists and mappings of them) are written here directly, as Jackson would
     * write them but many times faster; anything else goes to Jackson.
     */
    String field(String key, JsonNode value) {
        if (isFolded(key, value)) {
            return folded(key, value.asText());
        }
        StringBuilder yaml = new StringBuilder(256);
        if (appendSimple(yaml, "", key, value)) {
            return yaml.toString();
        }
        ObjectNode single = JsonNodeFactory.instance.objectNode();
        single.set(key, value);
        return jackson(single);
    }

    /** Appends {@code key: value} at {@code indent}; false (leaving junk behind) when the value is not simple. */
    private static boolean appendSimple(StringBuilder yaml, String indent, String key, JsonNode value) {
        yaml.append(indent).append(key).append(':');
        if (value.isArray()) {
            if (value.isEmpty()) {
                yaml.append(" []\n");
                return true;
            }
            yaml.append('\n');
            for (JsonNode item : value) {
                String plain = plain(item);
                if (plain == null) {
                    return false;
                }
                yaml.append(indent).append(INDENT).append("- ").append(plain).append('\n');
            }
            return true;
        }
        if (value.isObject()) {
            yaml.append('\n');
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                if (!appendSimple(yaml, indent + INDENT, field.getKey(), field.getValue())) {
                    return false;
                }
            }
            return !value.isEmpty();
        }
        String plain = plain(value);
        yaml.append(' ').append(plain).append('\n');
        return plain != null;
    }

    /** The scalar as a plain YAML scalar when that is sure to read back as the same value, else null. */
    private static String plain(JsonNode value) {
        if (value.isInt() || value.isBoolean()) {
            return value.asText();
        }
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText();
        if (DATE.matcher(text).matches()) {
            return text;
        }
        boolean safe = SAFE_PLAIN.matcher(text).matches() && !text.contains(": ") && !text.endsWith(":")
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
        return safe ? text : null;
    }

    private String jackson(ObjectNode fields) {
        try {
            return fields.isEmpty() ? "" : mapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFolded(String key, JsonNode value) {
        return value.isTextual() && key.length() + value.asText().length() + 2 > WIDTH && foldable(value.asText());
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
