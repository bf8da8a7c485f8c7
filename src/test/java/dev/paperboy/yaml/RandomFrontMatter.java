package dev.paperboy.yaml;

import java.util.List;
import java.util.Random;

/**
 * Seeded random YAML documents shaped like front matter: the shapes {@link dev.paperboy.yaml.internal.SimpleYaml} reads, mixed with near
 * misses (quotes, escapes, Unicode, colons and {@code #} in values, empty values, YAML 1.1 booleans and numbers,
 * dates, nested flow collections, duplicate keys, odd indentation, trailing spaces) and random character edits.
 */
final class RandomFrontMatter {
    private static final List<String> KEYS = List.of("title", "abstract", "published", "upvotes", "links",
            "digests", "themes", "draft", "organization", "code_url", "arxiv_id", "authors", "project_url", "k_1",
            "a-b", "x", "name", "account");
    private static final List<String> ODD_KEYS = List.of("yes", "on", "null", "True", "_x", "1a", "x y", "\"q\"",
            "'s'", "é", "key ", "? k", "&a k", "-k", "k#");
    private static final List<String> WORDS = List.of("alpha", "Beta", "gamma delta", "naïve", "深度学习", "😀x",
            "x😀", "Schrödinger", "http://x.org/a", "https://github.com/a/b-c", "a:b", "it's", "a - b", "x=y",
            "a(b)", "e.g.", "a  b", "a, b", "a#b", "a \"q\"", "a|b", "a>b", "a<b>", "a\\b", "a`b", "a%b", "a@b",
            "a&b", "a*b", "a!b", "a\u00a0b", "\u00a0x", "x\u00a0", "é", "a:b:c", "a::b", "a'", "a\"", "x-", "x_y");
    private static final List<String> ODD_WORDS = List.of("a: b", "a:", "a #b", "a[b]", "a{b}", "a?b", "(a)", "~x", "a:]", "a:,b", "-1x");
    /** Plain scalars YAML reads as numbers, booleans, null or dates (which Jackson gives as text). */
    private static final List<String> TYPED = List.of("0", "-0", "12", "-5", "123456789", "2026-03-04", "true",
            "false", "null", "0.12", "-1.5", "3.0", "-0.0", "123456789.987654321", "10.250", "3D", "1st", "2nd half",
            "5G: x", "12h", "0Z", "1_0D", "4x4", "1e3x", "1b", "0xGG", "1B", "1E5", "12:30pm", "2026-03-04T10:00:00 y");
    private static final List<String> ODD_TYPED = List.of("+1", "007", "1234567890", "99999999999", "1.5", "1e3",
            "0x1F", "1_000", "12:30", ".5", ".inf", "-.inf", ".nan", "0b101", "0o17", "1,000", "2026-3-4",
            "2026-03-04T10:00:00Z", "2026-13-45", "20260304", "2026-03-04 x", "-", "1.", "-.5", "1.5e3", "1_0.5",
            "01.5", "1.2.3", "1234567890.5", "0.1234567890");
    private static final List<String> WORDS_YAML_READS = List.of("true", "false", "True", "FALSE", "yes", "No",
            "on", "OFF", "y", "n", "null", "Null", "NULL", "~", "");
    private static final List<String> IN_QUOTES = List.of("plain", " spaced ", "a: b", "#x", "'", "é", "😀",
            "\\\"", "\\\\", "\\n", "\\t", "\\r", "\\0", "\\a", "\\b", "\\e", "\\f", "\\v", "\\ ", "\\u00e9",
            "\\u00E9", "\\u0041\\u0042", "\\u0000", "\u00a0", "[a, b]", "{k: v}");
    private static final List<String> ODD_IN_QUOTES = List.of("\\/", "\\x41", "\\uD83D", "\\u12", "\\u00g1",
            "\\U0001F600", "\\N", "\\_", "\\L", "\\P", "\\q", "\t", "\u0085", "\u2028", "\ufeff", "\u007f",
            "\u0001", "\ud83d");
    private static final List<String> ODD_SCALARS = List.of("'single'", "'it''s'", "&a x", "*a", "!!str x",
            "!x y", "%x", "@x", "`x", "|x", ">x", "-x", "- x", "? x", ": x", "[a", "{a", "\"open", "\"a\" b",
            "\"a\"b", "x # comment", "x #", "#c");
    private static final List<String> EDITS = List.of(":", "#", "-", "'", "\"", "[", "]", "{", "}", ",", "&",
            "*", "!", "|", ">", "?", "%", "@", "\t", "\r", "\n", " ", "  ", "\\", "\u0085", "\u2028", "\u00a0",
            "\ufeff", "😀", "x", "1");

    private final Random random;

    RandomFrontMatter(long seed) {
        this.random = new Random(seed);
    }

    String document() {
        StringBuilder yaml = new StringBuilder();
        if (chance(10)) {
            yaml.append(chance(4) ? pick("---\n", "%YAML 1.1\n") : pick("# a comment\n", "\n", "  \n"));
        }
        int entries = 1 + random.nextInt(5);
        for (int i = 0; i < entries; i++) {
            entry(yaml, "", "", 0);
            if (chance(8)) {
                yaml.append(chance(5) ? pick("\t\n", "...\n", "  x\n")
                        : pick("\n", "# between\n", "   # comment\n", "  \n"));
            }
        }
        String text = chance(10) ? yaml.substring(0, yaml.length() - 1) : yaml.toString();
        return chance(20) ? edit(text) : text;
    }

    /** {@code key:} and a value, after {@code lead} (the indentation, or "" after a list's dash). */
    private void entry(StringBuilder yaml, String lead, String indent, int depth) {
        yaml.append(lead).append(chance(30) ? pick(ODD_KEYS) : pick(KEYS)).append(':');
        int shape = random.nextInt(depth > 1 ? 6 : 9);
        switch (shape) {
            case 0, 1, 2 -> yaml.append(space()).append(scalar(false, indent)).append(trailing()).append('\n');
            case 3, 4 -> yaml.append(space()).append(flow(depth)).append(trailing()).append('\n');
            case 5 -> yaml.append(chance(3) ? "  " : "").append('\n');
            case 6 -> blockList(yaml, indent + pick("", "  ", "  ", "    ", " "), depth);
            case 7 -> {
                yaml.append('\n');
                String inner = indent + pick("  ", "  ", "    ", " ");
                mapping(yaml, inner, inner, depth + 1);
            }
            default -> blockScalar(yaml, indent);
        }
    }

    /** A few entries, the first after {@code lead}, the others indented by {@code indent}. */
    private void mapping(StringBuilder yaml, String lead, String indent, int depth) {
        entry(yaml, lead, indent, depth);
        for (int i = random.nextInt(3); i > 0; i--) {
            String odd = chance(2) ? indent + " " : indent.substring(Math.min(1, indent.length()));
            entry(yaml, chance(25) ? odd : indent, indent, depth);
        }
    }

    private void blockList(StringBuilder yaml, String indent, int depth) {
        yaml.append('\n');
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            String dash = chance(10) ? pick("-  ", "-", "- - ", "-\t") : "- ";
            yaml.append(chance(25) ? indent + " " : indent).append(dash);
            if (depth < 2 && chance(6)) {
                mapping(yaml, "", indent + " ".repeat(dash.length()), depth + 1);
                continue;
            }
            String item = chance(4) ? flow(depth) : scalar(false, indent + "  ");
            yaml.append(item).append(trailing()).append('\n');
            if (chance(20)) {
                yaml.append(indent).append(pick("  more", "    more", "# c", "")).append('\n');
            }
        }
    }

    private void blockScalar(StringBuilder yaml, String indent) {
        yaml.append(' ').append(chance(8) ? pick(">+", "|2", ">- # c", ">-x") : pick(">-", ">", "|", "|-"))
                .append('\n');
        String inner = indent + (chance(10) ? "" : pick("  ", "    ", " "));
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            String line = words(false);
            if (chance(12)) {
                yaml.append(pick("", "  ", inner + "  ")).append(chance(2) ? "" : line).append('\n');
            }
            yaml.append(inner).append(chance(15) ? " " : "").append(line).append(chance(20) ? " " : "").append('\n');
        }
    }

    private String scalar(boolean inFlow, String indent) {
        return switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6 -> words(inFlow);
            case 7, 8, 9, 10, 11 -> quoted(indent);
            case 12, 13 -> pick(TYPED);
            case 14 -> pick(List.of(ODD_TYPED, WORDS_YAML_READS, ODD_SCALARS, ODD_WORDS).get(random.nextInt(4)));
            default -> pick(WORDS) + pick("", " ", "  ");
        };
    }

    /** Plain text made of a few words, which may hold anything YAML gives a meaning to. */
    private String words(boolean inFlow) {
        StringBuilder text = new StringBuilder(pick(WORDS));
        for (int i = random.nextInt(4); i > 0; i--) {
            text.append(chance(20) ? pick(": ", " #", ":", ", ") : pick(" ", " ", inFlow ? " " : ", ", "  "))
                    .append(pick(WORDS));
        }
        return text.toString();
    }

    private String quoted(String indent) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = random.nextInt(6); i > 0; i--) {
            text.append(chance(2) ? pick(WORDS) : chance(10) ? pick(ODD_IN_QUOTES) : pick(IN_QUOTES));
            if (chance(15)) {
                text.append(pick("\\\n", "\\\n", "\n", " \\\n")).append(pick("", " ", indent + "  ", indent + "    "))
                        .append(pick("", "\\ ", "\\\n"));
            }
        }
        return text.append(chance(60) ? "" : "\"").toString();
    }

    private String flow(int depth) {
        boolean list = chance(2);
        StringBuilder text = new StringBuilder(list ? "[" : "{").append(pick("", "", " "));
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                text.append(pick(", ", ", ", ",", " , ", ",  ", " ,"));
            }
            if (!list) {
                text.append(pick(KEYS.subList(0, 4))).append(chance(10) ? pick(":", " : ") : pick(": ", ":  "));
            }
            text.append(depth < 3 && chance(5) ? flow(depth + 1) : scalar(true, ""));
        }
        if (items > 0 && chance(12)) {
            text.append(',');
        }
        if (chance(30)) {
            text.append('\n').append(pick("", "  ", "    "));
        }
        return text.append(pick("", "", " ")).append(list ? "]" : "}").toString();
    }

    private String space() {
        return chance(30) ? "" : pick(" ", " ", "  ");
    }

    private String trailing() {
        return chance(15) ? pick("# note", "\t", " #\u2028x") : pick("", "", "", " ", "   ", " # note");
    }

    /** One character inserted, removed or replaced, with one from characters YAML gives a meaning to. */
    private String edit(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + pick(EDITS) + text.substring(at);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + pick(EDITS) + text.substring(at + 1);
        };
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
