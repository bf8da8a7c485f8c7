package dev.paperboy.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML document whose top level must be a mapping, keeping each key's line so every later error can
 * name it. Refuses hostile input: no anchors or aliases (so no alias bombs), limits on nesting and size, and reports duplicate keys.
 * Thread-safe: create one and share it.
 */
public final class YamlReader {
    /** Front matter and site.yaml are small; anything bigger is a mistake or an attack. */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;
    static final int MAX_NESTING = 32;

    /** Every file of a site has the same few pointers; positions are kept for the whole build. */
    private static final Canonical POINTERS = new Canonical(4096);

    private final ObjectMapper mapper;

    public YamlReader() {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setMaxAliasesForCollections(0);
        loaderOptions.setNestingDepthLimit(MAX_NESTING);
        loaderOptions.setCodePointLimit(MAX_DOCUMENT_CHARS);
        loaderOptions.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_DOCUMENT_CHARS)
                        .build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.mapper = new ObjectMapper(factory);
    }

    /**
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}. On any problem reports it
     * and returns empty; an empty document is an empty mapping.
     */
    public Optional<YamlMapping> read(String file, String yaml, int firstLine, Diagnostics diagnostics) {
        if (yaml.length() > MAX_DOCUMENT_CHARS) {
            diagnostics.error(SourcePos.of(file, firstLine),
                    "YAML is too large (" + yaml.length() + " characters, at most " + MAX_DOCUMENT_CHARS + ")");
            return Optional.empty();
        }
        LinkedHashMap<String, YamlField> fields = new LinkedHashMap<>();
        try (JsonParser parser = mapper.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return Optional.of(new YamlMapping(fields, Map.of()));
            }
            if (first != JsonToken.START_OBJECT) {
                diagnostics.error(at(file, firstLine, parser.currentTokenLocation()),
                        "YAML must be a mapping of keys to values, found " + describe(first));
                return Optional.empty();
            }
            Map<String, SourcePos> positions = new HashMap<>();
            positions.put("", SourcePos.of(file, firstLine));
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourcePos pos = at(file, firstLine, parser.currentTokenLocation());
                parser.nextToken();
                String pointer = POINTERS.of("/" + key);
                JsonNode value = readValue(parser, pointer, file, firstLine, positions);
                positions.put(pointer, pos);
                fields.put(key, new YamlField(key, value, pos.line(), pos.column()));
            }
            return Optional.of(new YamlMapping(fields, positions));
        } catch (RefusedYaml e) {
            diagnostics.error(e.pos, e.getMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            diagnostics.error(at(file, firstLine, e.getLocation()), "invalid YAML: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals its limits (aliases, nesting, size) with unchecked exceptions.
            diagnostics.error(SourcePos.of(file, firstLine), "invalid YAML: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Builds the value's tree, recording where every nested key and list item starts, by JSON pointer. */
    private JsonNode readValue(JsonParser parser, String pointer, String file, int firstLine,
            Map<String, SourcePos> positions) throws IOException {
        SourcePos here = at(file, firstLine, parser.currentTokenLocation());
        positions.put(pointer, here);
        YAMLParser yamlParser = (YAMLParser) parser;
        if (yamlParser.isCurrentAlias() || yamlParser.getObjectId() != null) {
            // Jackson would not expand them, and no front matter needs them: refusing them outright is the
            // simplest defence against alias bombs.
            throw new RefusedYaml(here, "YAML anchors and aliases (&name, *name) are not supported");
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = mapper.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String child = POINTERS.of(pointer + "/" + key);
                SourcePos keyAt = at(file, firstLine, parser.currentTokenLocation());
                parser.nextToken();
                object.set(key, readValue(parser, child, file, firstLine, positions));
                positions.put(child, keyAt);
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = mapper.createArrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(readValue(parser, POINTERS.of(pointer + "/" + array.size()), file, firstLine,
                        positions));
            }
            return array;
        }
        return scalar(parser, token);
    }

    /** The node {@code ObjectMapper.readTree} would make, without a deserialization context per scalar. */
    private JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = mapper.getNodeFactory();
        return switch (token) {
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                    ? nodes.numberNode(parser.getDecimalValue()) : nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> nodes.nullNode();
            default -> {
                JsonNode other = mapper.readTree(parser);
                yield other == null ? nodes.nullNode() : other;
            }
        };
    }

    private static final class RefusedYaml extends IOException {
        private final transient SourcePos pos;

        RefusedYaml(SourcePos pos, String message) {
            super(message);
            this.pos = pos;
        }
    }

    private static SourcePos at(String file, int firstLine, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePos.of(file, firstLine);
        }
        return new SourcePos(file, firstLine + location.getLineNr() - 1, Math.max(0, location.getColumnNr()));
    }

    private static String describe(JsonToken token) {
        return token == JsonToken.START_ARRAY ? "a list" : "a single value";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
