package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks that a built .bib file parses as BibTeX reads it: entries {@code @type{key, name={value}, ...}} with
 * balanced braces in every value (a backslash escapes the next character, as <code>\{</code>), each key once per
 * file. Text between entries is a comment to BibTeX and is allowed. Errors name the file and line.
 */
final class BibChecks {
    private final String label;
    private final String path;
    private final String text;
    private final Diagnostics problems = new Diagnostics();
    private int at;

    private BibChecks(String label, String path, String text) {
        this.label = label;
        this.path = path;
        this.text = text;
    }

    /** The problems of one file: at most one, where parsing stopped, plus duplicate keys. */
    static Diagnostics read(String label, String path, byte[] bytes) {
        BibChecks check = new BibChecks(label, path, new String(bytes, StandardCharsets.UTF_8));
        check.entries();
        return check.problems;
    }

    private void entries() {
        Set<String> keys = new HashSet<>();
        for (at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at)) {
            int start = at;
            at++;
            String type = word();
            if (type.isEmpty() || !skip('{')) {
                fail(start, "an entry starts with @type{");
                return;
            }
            String key = word();
            if (key.isEmpty() || !skip(',')) {
                fail(start, "entry @" + type + " has no key followed by a comma");
                return;
            }
            if (!keys.add(key)) {
                problems.error(pos(start), "invalid BibTeX: key \"" + key + "\" is used twice");
            }
            if (!fields(start)) {
                return;
            }
        }
    }

    /** The fields of an entry up to its closing brace; false after reporting a problem. */
    private boolean fields(int entry) {
        while (true) {
            if (skip('}')) {
                return true;
            }
            if (skipSpace() == text.length()) {
                fail(entry, "entry has no closing brace");
                return false;
            }
            int field = skipSpace();
            String name = word();
            if (name.isEmpty() || !skip('=') || !skip('{')) {
                fail(field, "a field is name={value}");
                return false;
            }
            if (!value()) {
                fail(field, "field \"" + name + "\" has unbalanced braces");
                return false;
            }
            if (!skip(',') && skipSpace() < text.length() && text.charAt(at) != '}') {
                fail(at, "fields are separated by commas");
                return false;
            }
        }
    }

    /** After an opening brace: moves past its matching closing brace, if any. */
    private boolean value() {
        int depth = 1;
        for (; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                at++;
                return true;
            }
        }
        return false;
    }

    private String word() {
        skipSpace();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_-:.+/'".indexOf(
                text.charAt(at)) >= 0)) {
            at++;
        }
        return text.substring(start, at);
    }

    private boolean skip(char expected) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == expected) {
            at++;
            return true;
        }
        return false;
    }

    private int skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private void fail(int offset, String message) {
        problems.error(pos(offset), "invalid BibTeX: " + message);
    }

    private SourcePos pos(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return SourcePos.of(label + path, line);
    }
}
