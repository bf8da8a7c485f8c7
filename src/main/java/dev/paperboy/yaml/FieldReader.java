package dev.paperboy.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.IsoDates;
import dev.paperboy.diag.Suggestions;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.diag.StrictUtf8;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed, validating access to one YAML mapping (the document's top level or a nested one). Every wrong type,
 * missing required key and unknown key is reported with the key's line; readers then get an empty value and
 * go on, so one run reports all problems.
 */
public final class FieldReader {
    private final String file;
    private final YamlMapping document;
    private final ObjectNode node;
    private final String pointer;
    private final Diagnostics diagnostics;

    public FieldReader(String file, YamlMapping document, Diagnostics diagnostics) {
        this(file, document, document.asObject(), "", diagnostics);
    }

    private FieldReader(String file, YamlMapping document, ObjectNode node, String pointer, Diagnostics diagnostics) {
        this.file = file;
        this.document = document;
        this.node = node;
        this.pointer = pointer;
        this.diagnostics = diagnostics;
    }

    /** Where {@code key} is, or where this mapping is when the key is absent. */
    public SourcePos pos(String key) {
        return document.position(pointer + "/" + key)
                .or(() -> document.position(pointer))
                .orElse(SourcePos.of(file, 1));
    }

    public boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    public void rejectUnknownKeys(Collection<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                diagnostics.error(pos(name), "unknown key \"" + name + "\"" + where(), Suggestions.hint(name, known));
            }
        }
    }

    public Optional<String> text(String key) {
        return scalar(key, "text", value -> value.isValueNode() && !value.isBoolean() ? value.asText() : null)
                .map(text -> writable(key, text));
    }

    /** A required, non-blank text; reports and returns "" when missing. */
    public String requiredText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && !has(key)) {
            diagnostics.error(pos(key), "missing required key \"" + key + "\"" + where());
        } else if (value.isPresent() && value.get().isBlank()) {
            diagnostics.error(pos(key), "\"" + key + "\" must not be empty");
        }
        return value.orElse("");
    }

    public Optional<Integer> integer(String key, int min) {
        Optional<Integer> value = scalar(key, "a whole number", node -> node.canConvertToInt() && node.isIntegralNumber()
                ? node.intValue() : null);
        if (value.isPresent() && value.get() < min) {
            diagnostics.error(pos(key), "\"" + key + "\" must be at least " + min + ", found " + value.get());
            return Optional.empty();
        }
        return value;
    }

    public Optional<Double> decimal(String key) {
        return scalar(key, "a number", node -> node.isNumber() ? node.doubleValue() : null);
    }

    public Optional<Boolean> bool(String key) {
        return scalar(key, "true or false", node -> node.isBoolean() ? node.booleanValue() : null);
    }

    public Optional<LocalDate> date(String key) {
        return scalar(key, "a date (YYYY-MM-DD)", FieldReader::toDate);
    }

    public List<String> textList(String key) {
        return list(key, "text", value -> value.isTextual() || value.isNumber() ? value.asText() : null).stream()
                .map(text -> writable(key, text)).toList();
    }

    public List<LocalDate> dateList(String key) {
        return list(key, "a date (YYYY-MM-DD)", FieldReader::toDate);
    }

    /** A reader for the nested mapping under {@code key}; check {@link #has} and the type first. */
    public FieldReader mappingField(String key) {
        return new FieldReader(file, document, (ObjectNode) node.get(key), pointer + "/" + key, diagnostics);
    }

    /** The nested mappings of a list, each with a reader of its own (for lists like {@code themes:}). */
    public List<FieldReader> mappingList(String key) {
        list(key, "a mapping of keys to values", item -> item.isObject() ? item : null);
        List<FieldReader> readers = new ArrayList<>();
        JsonNode items = node.get(key);
        for (int i = 0; items != null && items.isArray() && i < items.size(); i++) {
            if (items.get(i).isObject()) {
                readers.add(new FieldReader(file, document, (ObjectNode) items.get(i), pointer + "/" + key + "/" + i,
                        diagnostics));
            }
        }
        return readers;
    }

    /**
     * The text without the characters no XML feed can hold (in YAML they can only come from escapes such as
     * {@code "\\a"}: the file's own bytes are cleaned when it is read), with a warning.
     */
    private String writable(String key, String text) {
        int first = document.mayHoldUnwritable() ? StrictUtf8.firstUnwritable(text) : -1;
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !StrictUtf8.unwritable((char) c)).forEach(c -> kept.append((char) c));
        int more = text.length() - kept.length() - 1;
        diagnostics.warning(pos(key), StrictUtf8.describe(text.charAt(first)) + " dropped from \"" + key + "\""
                + (more == 0 ? "" : " (and " + more + " more)"));
        return kept.toString();
    }

    private <T> Optional<T> scalar(String key, String expected, Function<JsonNode, T> convert) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = node.get(key);
        T converted = convert.apply(value);
        if (converted == null) {
            diagnostics.error(pos(key), "\"" + key + "\" must be " + expected + ", found " + describe(value));
        }
        return Optional.ofNullable(converted);
    }

    private <T> List<T> list(String key, String expected, Function<JsonNode, T> convert) {
        if (!has(key)) {
            return List.of();
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            diagnostics.error(pos(key), "\"" + key + "\" must be a list, found " + describe(value));
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            T converted = convert.apply(value.get(i));
            if (converted == null) {
                SourcePos at = document.position(pointer + "/" + key + "/" + i).orElse(pos(key));
                diagnostics.error(at, "item " + (i + 1) + " of \"" + key + "\" must be " + expected
                        + ", found " + describe(value.get(i)));
            } else {
                items.add(converted);
            }
        }
        return items;
    }

    private String where() {
        return pointer.isEmpty() ? "" : " in " + pointer.substring(1).replace('/', '.');
    }

    private static LocalDate toDate(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText();
        try {
            // YYYY-MM-DD (nearly every date) without the ISO formatter's machinery; both refuse 31 November alike.
            return IsoDates.hasForm(text) ? IsoDates.parse(text) : LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        String text = value.asText();
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
