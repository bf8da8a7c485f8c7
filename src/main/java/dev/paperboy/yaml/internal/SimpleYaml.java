package dev.paperboy.yaml.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.diag.SourcePos;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads, many times faster than SnakeYAML, the YAML shapes front matter is written in: a block mapping of plain
 * keys whose values are scalars (plain text on one line, double-quoted text), flow lists and mappings of them on
 * one line, block lists of them, nested block mappings of the same, folded and literal text ({@code >-},
 * {@code |}) and comments. It gives the very values and positions Jackson gives, and is unsure of
 * anything else (single quotes, anchors, tags, plain text over several lines, tabs, duplicate keys, errors...):
 * that goes to Jackson, so every error message still comes from there.
 */
public final class SimpleYaml {
    private static final int MAX_DEPTH = 8;
    /** The block indentation of values inside flow lists and mappings, where text must stay on its line. */
    private static final int IN_FLOW = -1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private final YamlCursor cursor;
    private final DoubleQuoted quoted;
    private final SharedCopies<String> pointers;
    private final Map<String, SourcePos> positions = new HashMap<>(64);

    private SimpleYaml(String file, String text, int firstLine, SharedCopies<String> pointers) {
        this.text = text;
        this.cursor = new YamlCursor(file, text, firstLine);
        this.quoted = new DoubleQuoted(text);
        this.pointers = pointers;
        positions.put("", SourcePos.of(file, firstLine));
    }

    /** A document's top-level mapping, and where each key and list item starts by JSON pointer. */
    public record Document(ObjectNode top, Map<String, SourcePos> positions) {
    }

    /**
     * The document as Jackson reads it, or empty when not sure to read it the same. Equal JSON pointers are
     * taken from {@code pointers}, so that all files share one copy of each.
     */
    public static Optional<Document> read(String file, String text, int firstLine, SharedCopies<String> pointers) {
        try {
            return Optional.of(new SimpleYaml(file, text, firstLine, pointers).document());
        } catch (Unsure e) {
            return Optional.empty();
        }
    }

    private Document document() {
        cursor.skipBlankLines();
        if (cursor.atEnd() || cursor.indent() > 0) {
            throw Unsure.INSTANCE;
        }
        return new Document(blockMapping(0, "", 0), positions);
    }

    /** {@code key: value} lines whose keys are {@code indent} from the line start; the first key is here. */
    private ObjectNode blockMapping(int indent, String pointer, int depth) {
        checkDepth(depth);
        ObjectNode object = NODES.objectNode();
        do {
            SourcePos keyAt = cursor.position(cursor.pos());
            String key = key();
            if (!cursor.isBlankOrEnd(cursor.pos())) {
                throw Unsure.INSTANCE;
            }
            String child = pointers.of(pointer + "/" + key);
            JsonNode value = blockValue(indent, child, depth);
            if (object.has(key)) {
                throw Unsure.INSTANCE;
            }
            object.set(key, value);
            positions.put(child, keyAt);
        } while (nextLineAt(indent, false));
        return object;
    }

    /** What follows {@code key:} in a block mapping, up to the start of the next line it does not take. */
    private JsonNode blockValue(int indent, String pointer, int depth) {
        cursor.skipSpaces();
        if (cursor.atLineEnd()) {
            cursor.nextLine();
            cursor.skipBlankLines();
            if (!cursor.atEnd()) {
                int childIndent = cursor.indent();
                if (childIndent >= indent && isListItem(childIndent)) {
                    return blockList(childIndent, pointer, depth + 1);
                }
                if (childIndent > indent) {
                    cursor.moveTo(cursor.lineStart() + childIndent);
                    return blockMapping(childIndent, pointer, depth + 1);
                }
            }
            return NODES.textNode("");
        }
        if (cursor.peek() == '>' || cursor.peek() == '|') {
            return blockScalar(indent);
        }
        return restOfLine(pointer, indent, depth);
    }

    /** The {@code - item} lines indented by {@code indent}, starting with this line's. */
    private ArrayNode blockList(int indent, String pointer, int depth) {
        checkDepth(depth);
        ArrayNode array = NODES.arrayNode();
        do {
            cursor.moveTo(cursor.lineStart() + indent + 2);
            cursor.skipSpaces();
            array.add(item(pointer, array.size(), indent, depth));
        } while (nextLineAt(indent, true));
        return array;
    }

    /** A block list's item: a mapping whose first key is on the dash's line, or a value on that line. */
    private JsonNode blockItem(String pointer, int indent, int depth) {
        if (startsKey()) {
            return blockMapping(cursor.pos() - cursor.lineStart(), pointer, depth + 1);
        }
        return restOfLine(pointer, indent, depth);
    }

    /** A value that ends its line, in a block indented by {@code indent}. */
    private JsonNode restOfLine(String pointer, int indent, int depth) {
        JsonNode value = inline(pointer, indent, depth);
        cursor.endLine();
        return value;
    }

    /**
     * Past blank lines to the next line indented by {@code indent} (a list item's line when {@code listItem}),
     * there at the key or item; false at the end or a line indented less (or a key at a list's indentation).
     */
    private boolean nextLineAt(int indent, boolean listItem) {
        cursor.skipBlankLines();
        int lineIndent = cursor.atEnd() ? -1 : cursor.indent();
        if (lineIndent < indent || listItem && lineIndent == indent && !isListItem(indent)) {
            return false;
        }
        if (lineIndent > indent) {
            throw Unsure.INSTANCE;
        }
        cursor.moveTo(cursor.lineStart() + indent);
        return true;
    }

    /**
     * Folded ({@code >}, {@code >-}) or literal ({@code |}, {@code |-}) text: lines indented alike, joined by
     * spaces or line breaks; literal text may indent lines deeper. Blank lines, trailing spaces and deeper folded
     * lines, which YAML gives rules of their own, make it unsure.
     */
    private JsonNode blockScalar(int parentIndent) {
        boolean folded = cursor.peek() == '>';
        cursor.moveTo(cursor.pos() + 1);
        boolean strip = cursor.peek() == '-';
        if (strip) {
            cursor.moveTo(cursor.pos() + 1);
        }
        cursor.skipSpaces();
        if (!cursor.atLineEnd()) {
            throw Unsure.INSTANCE;
        }
        cursor.nextLine();
        int indent = cursor.indent();
        if (indent <= parentIndent) {
            throw Unsure.INSTANCE;
        }
        StringBuilder value = new StringBuilder(256);
        boolean endsInLineBreak = false;
        while (!cursor.atEnd()) {
            int lineIndent = cursor.indent();
            int contentStart = cursor.lineStart() + lineIndent;
            if (cursor.isBlankOrEnd(contentStart) || folded && lineIndent > indent) {
                throw Unsure.INSTANCE;
            }
            if (lineIndent < indent) {
                break;
            }
            int end = text.indexOf('\n', contentStart);
            endsInLineBreak = end >= 0;
            end = endsInLineBreak ? end : text.length();
            if (text.charAt(end - 1) == ' ' || !YamlChars.allPrintable(text, contentStart, end)) {
                throw Unsure.INSTANCE;
            }
            if (!value.isEmpty()) {
                value.append(folded ? ' ' : '\n');
            }
            value.append(text, cursor.lineStart() + indent, end);
            cursor.moveTo(end);
            cursor.nextLine();
        }
        if (!strip) {
            if (!endsInLineBreak) {
                throw Unsure.INSTANCE;
            }
            value.append('\n');
        }
        return NODES.textNode(value.toString());
    }

    /**
     * A scalar, or a flow list or mapping on this line, starting at the current position, in a block indented by
     * {@code blockIndent} or {@link #IN_FLOW}.
     */
    private JsonNode inline(String pointer, int blockIndent, int depth) {
        return switch (cursor.peek()) {
            case '"' -> doubleQuoted(blockIndent);
            case '[' -> flowList(pointer, depth + 1);
            case '{' -> flowMapping(pointer, depth + 1);
            default -> plain(blockIndent == IN_FLOW);
        };
    }

    /** The {@code index}th item of a block list (indented by {@code blockIndent}) or a flow list. */
    private JsonNode item(String pointer, int index, int blockIndent, int depth) {
        String child = pointers.of(pointer + "/" + index);
        SourcePos start = cursor.position(cursor.pos());
        JsonNode item = blockIndent == IN_FLOW ? inline(child, IN_FLOW, depth) : blockItem(child, blockIndent, depth);
        positions.put(child, start);
        return item;
    }

    private ArrayNode flowList(String pointer, int depth) {
        checkDepth(depth);
        ArrayNode array = NODES.arrayNode();
        if (!flowStart(']')) {
            do {
                array.add(item(pointer, array.size(), IN_FLOW, depth));
            } while (!flowEnd(']'));
        }
        return array;
    }

    private ObjectNode flowMapping(String pointer, int depth) {
        checkDepth(depth);
        ObjectNode object = NODES.objectNode();
        if (!flowStart('}')) {
            do {
                SourcePos keyAt = cursor.position(cursor.pos());
                String key = key();
                if (cursor.peek() != ' ' || object.has(key)) {
                    throw Unsure.INSTANCE;
                }
                cursor.skipSpaces();
                String child = pointers.of(pointer + "/" + key);
                object.set(key, inline(child, IN_FLOW, depth));
                positions.put(child, keyAt);
            } while (!flowEnd('}'));
        }
        return object;
    }

    /** Past the opening bracket: true when the collection is empty (and past its closing bracket too). */
    private boolean flowStart(char close) {
        cursor.moveTo(cursor.pos() + 1);
        cursor.skipSpaces();
        if (cursor.peek() != close) {
            return false;
        }
        cursor.moveTo(cursor.pos() + 1);
        return true;
    }

    /** After a flow item: true past the closing bracket, false past a comma that another item follows. */
    private boolean flowEnd(char close) {
        cursor.skipSpaces();
        char next = cursor.peek();
        cursor.moveTo(cursor.pos() + 1);
        if (next == close) {
            return true;
        }
        cursor.skipSpaces();
        if (next != ',' || cursor.peek() == close) {
            throw Unsure.INSTANCE; // also a trailing comma
        }
        return false;
    }

    /** Whether a plain key, its colon and a space or line end are next. */
    private boolean startsKey() {
        int at = keyEnd(cursor.pos());
        return at > cursor.pos() && at < text.length() && text.charAt(at) == ':' && cursor.isBlankOrEnd(at + 1);
    }

    /** A plain key followed by its colon, which is skipped. */
    private String key() {
        int start = cursor.pos();
        int end = keyEnd(start);
        if (end == start || end == text.length() || text.charAt(end) != ':') {
            throw Unsure.INSTANCE;
        }
        String key = text.substring(start, end);
        if (PlainScalars.isReservedWord(key)) {
            throw Unsure.INSTANCE;
        }
        cursor.moveTo(end + 1);
        return key;
    }

    /** Where the plain key starting at {@code start} ends: the first character that cannot be in it. */
    private int keyEnd(int start) {
        int end = start;
        while (end < text.length() && YamlChars.isKeyChar(text.charAt(end), end == start)) {
            end++;
        }
        return end;
    }

    /** Plain text up to the end of the line, a comment or (in a flow) the end of the item. */
    private JsonNode plain(boolean inFlow) {
        int start = cursor.pos();
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n' || c == '#' && text.charAt(at - 1) == ' ' || inFlow && (c == ',' || c == ']' || c == '}')) {
                break;
            }
            int length = YamlChars.printableLength(text, at);
            if (length == 0 || c == ':' && endsPlain(at + 1, inFlow) || inFlow && (c == '[' || c == '{' || c == '?')) {
                throw Unsure.INSTANCE;
            }
            at += length;
        }
        cursor.moveTo(at);
        int end = at;
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        JsonNode value = PlainScalars.node(text.substring(start, end));
        if (value == null) {
            throw Unsure.INSTANCE;
        }
        return value;
    }

    /** Double-quoted text; in a block, its lines may go on indented deeper than the block. */
    private JsonNode doubleQuoted(int blockIndent) {
        String value = quoted.read(cursor.pos(), blockIndent == IN_FLOW ? DoubleQuoted.ONE_LINE : blockIndent + 1);
        if (value == null) {
            throw Unsure.INSTANCE;
        }
        if (quoted.lineBreaks() > 0) {
            cursor.crossLines(quoted.lineBreaks(), quoted.lastLineStart(), quoted.end());
        } else {
            cursor.moveTo(quoted.end());
        }
        return NODES.textNode(value);
    }

    private boolean isListItem(int indent) {
        int dash = cursor.lineStart() + indent;
        return dash + 1 < text.length() && text.charAt(dash) == '-' && text.charAt(dash + 1) == ' ';
    }

    /** Whether a colon followed by the character at {@code at} would end plain text. */
    private boolean endsPlain(int at, boolean inFlow) {
        return cursor.isBlankOrEnd(at) || inFlow && YamlChars.isFlowIndicator(text.charAt(at));
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw Unsure.INSTANCE;
        }
    }
}
