package dev.paperboy.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A top-level key of a YAML mapping with its value and the 1-based line and column of the key. */
public record YamlField(String key, JsonNode value, int line, int column) {
    public YamlField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
