package dev.paperboy.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.internal.SharedCopies;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads any YAML document through Jackson (SnakeYAML), keeping each key's and list item's position, and reports
 * every problem. Refuses hostile input: no anchors or aliases (so no alias bombs), limits on nesting and size,
 * and reports duplicate keys. Thread-safe.
 */
final class JacksonYaml {
    private static final Pattern SNAKEYAML_EVENT =
            Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\b");

    private final ObjectMapper mapper;
    private final SharedCopies<String> pointers;
    private final PointerShapes shapes;

    JacksonYaml(SharedCopies<String> pointers, PointerShapes shapes) {
        this.pointers = pointers;
        this.shapes = shapes;
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setMaxAliasesForCollections(0);
        loaderOptions.setNestingDepthLimit(YamlReader.MAX_NESTING);
        loaderOptions.setCodePointLimit(YamlReader.MAX_DOCUMENT_CHARS);
        loaderOptions.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(YamlReader.MAX_NESTING)
                        .maxStringLength(YamlReader.MAX_DOCUMENT_CHARS)
                        .build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.mapper = new ObjectMapper(factory);
    }

    /** As {@link YamlReader#read}, for a document of any size. */
    Optional<YamlMapping> read(String file, String yaml, int firstLine, Diagnostics diagnostics) {
        LinkedHashMap<String, YamlField> fields = new LinkedHashMap<>();
        try (JsonParser parser = mapper.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return Optional.of(new YamlMapping(fields, YamlPositions.of(file, Map.of(), shapes), yaml));
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
                String pointer = pointers.of("/" + key);
                JsonNode value = readValue(parser, pointer, file, firstLine, positions);
                positions.put(pointer, pos);
                fields.put(key, new YamlField(key, value, pos.line(), pos.column()));
            }
            return Optional.of(new YamlMapping(fields, YamlPositions.of(file, positions, shapes), yaml));
        } catch (RefusedYaml e) {
            diagnostics.error(e.pos, e.getMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            diagnostics.error(at(file, firstLine, e.getLocation()), "invalid YAML: " + problem(e, firstLine));
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
                String child = pointers.of(pointer + "/" + key);
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
                array.add(readValue(parser, pointers.of(pointer + "/" + array.size()), file, firstLine,
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

    /**
     * SnakeYAML's problem, and what it was parsing from where, e.g. {@code expected ',' or ']', but got <stream
     * end> (while parsing a flow sequence that starts at line 2, column 8)}: its own message quotes the lines around
     * both places with a caret under each, which is noise on one line.
     */
    private static String problem(JsonProcessingException e, int firstLine) {
        if (!(e.getCause() instanceof MarkedYAMLException marked) || marked.getProblem() == null) {
            return inUserTerms(firstLine(e.getOriginalMessage()));
        }
        if (marked.getContext() == null) {
            return marked.getProblem();
        }
        Mark start = marked.getContextMark();
        return marked.getProblem() + " (" + marked.getContext() + (start == null ? ")" : String.format(Locale.ROOT,
                " that starts at line %d, column %d)", firstLine + start.getLine(), start.getColumn() + 1));
    }

    /**
     * Jackson's own messages name SnakeYAML's parser events ({@code <org.yaml.snakeyaml.events.SequenceStartEvent(
     * anchor=null, ...)>}): said in the terms of the file instead. A key that is a list or a mapping ({@code ? [a,
     * b]}) is the usual cause.
     */
    static String inUserTerms(String message) {
        Matcher event = SNAKEYAML_EVENT.matcher(message);
        if (!event.find()) {
            return message;
        }
        String found = switch (event.group(1)) {
            case "SequenceStart" -> "a list";
            case "MappingStart" -> "a mapping";
            case "Alias" -> "an alias";
            case "Scalar" -> "a value";
            default -> "the end of a list or mapping";
        };
        if (message.startsWith("Expected a field name")) {
            return "a key must be plain text, found " + found + " (keys with ? and lists or mappings as keys are "
                    + "not supported)";
        }
        return "unexpected " + found;
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
