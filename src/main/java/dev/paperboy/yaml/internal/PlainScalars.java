package dev.paperboy.yaml.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Locale;
import java.util.Set;

/**
 * The value Jackson gives a plain (unquoted) YAML scalar, for the kinds whose reading is certain: text that starts
 * with a letter, or with digits and then a letter no YAML number has there ({@code 3D}), ISO dates (text), whole
 * numbers of up to nine digits, decimals of up to nine digits on either side of the point, {@code true},
 * {@code false} and {@code null}.
 */
final class PlainScalars {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DIGITS = 9;
    /** Words YAML 1.1 or Jackson may read as booleans or null in some spelling. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    private static final int LONGEST_RESERVED = 5;

    private PlainScalars() {
    }

    /** The node for {@code text} (trimmed, one line), or null when not sure what Jackson makes of it. */
    static JsonNode node(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (YamlChars.isDigit(first) || first == '-') {
            return number(text);
        }
        if (first < 0x80 && !YamlChars.isAsciiLetter(first)) {
            return null; // YAML gives most ASCII punctuation a meaning at the start
        }
        return switch (text) {
            case "true" -> NODES.booleanNode(true);
            case "false" -> NODES.booleanNode(false);
            case "null" -> NODES.nullNode();
            default -> isReservedWord(text) ? null : NODES.textNode(text);
        };
    }

    /** Whether some spelling of {@code word} may mean a boolean or null. */
    static boolean isReservedWord(String word) {
        return word.length() <= LONGEST_RESERVED && RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A whole or decimal number, or text such as a date or {@code 3D}; null for anything else. */
    private static JsonNode number(String text) {
        int digits = 0;
        while (digits < text.length() && YamlChars.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < text.length() && isLetterAfterDigits(text.charAt(digits))) {
            return NODES.textNode(text);
        }
        int point = text.indexOf('.');
        if (point < 0 && isInt(text)) {
            return NODES.numberNode(Integer.parseInt(text));
        }
        if (point > 0 && isInt(text.substring(0, point)) && areDigits(text, point + 1)) {
            return NODES.numberNode(Double.parseDouble(text));
        }
        return isDate(text) ? NODES.textNode(text) : null;
    }

    /**
     * A letter that no YAML 1.1 number has after its first digits: those have {@code b} (binary), {@code x} (hex)
     * or an exponent ({@code e}); other letters make text.
     */
    private static boolean isLetterAfterDigits(char c) {
        return YamlChars.isAsciiLetter(c) && "bBeExX".indexOf(c) < 0;
    }

    /** {@code 0} or digits without leading zeros, optionally negative: YAML 1.1 reads others as octal etc. */
    private static boolean isInt(String text) {
        int digits = text.charAt(0) == '-' ? 1 : 0;
        return areDigits(text, digits) && (text.charAt(digits) != '0' || text.length() == digits + 1);
    }

    /** Whether {@code text} from {@code from} on is one to nine ASCII digits. */
    private static boolean areDigits(String text, int from) {
        if (from == text.length() || text.length() - from > MAX_DIGITS) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            if (!YamlChars.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** YYYY-MM-DD: SnakeYAML calls it a timestamp, which Jackson gives as text. */
    private static boolean isDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (i != 4 && i != 7 && !YamlChars.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
