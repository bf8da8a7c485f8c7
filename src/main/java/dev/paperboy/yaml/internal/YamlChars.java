package dev.paperboy.yaml.internal;

/** Classes of characters that {@link SimpleYaml} is sure SnakeYAML reads as it does. */
final class YamlChars {
    private static final String FLOW_INDICATORS = ",[]{}";

    private YamlChars() {
    }

    static boolean isKeyChar(char c, boolean first) {
        return isAsciiLetter(c) || !first && (isDigit(c) || c == '_' || c == '-');
    }

    static boolean isFlowIndicator(char c) {
        return FLOW_INDICATORS.indexOf(c) >= 0;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * How many chars the printable character at {@code at} takes (1, or 2 for a surrogate pair), or 0 when it is
     * not surely plain content: control characters, tabs, line breaks (YAML 1.1 also breaks lines at U+0085,
     * U+2028 and U+2029), a byte order mark, non-characters and unpaired surrogates.
     */
    static int printableLength(String text, int at) {
        char c = text.charAt(at);
        if (c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) {
            return 1;
        }
        boolean pair = Character.isHighSurrogate(c) && at + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(at + 1));
        return pair ? 2 : 0;
    }

    static boolean allPrintable(String text, int from, int to) {
        int at = from;
        while (at < to) {
            int length = printableLength(text, at);
            if (length == 0) {
                return false;
            }
            at += length;
        }
        return true;
    }
}
