package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXParser;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;

/**
 * Checks that a built .bib file parses, with JBibTeX, an independent BibTeX parser: our own writer cannot prove
 * its output well-formed. Also reports a key used twice in one file. Errors name the file and line.
 */
final class BibChecks {
    private static final Pattern ENTRY_START = Pattern.compile("(?m)^@\\w+\\{\\s*([^,\\s]+)\\s*,");

    private BibChecks() {
    }

    /** The problems of one file: at most one, where parsing stopped, plus duplicate keys. */
    static Diagnostics read(String label, String path, byte[] bytes) {
        Diagnostics problems = new Diagnostics();
        String file = label + path;
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            new BibTeXParser().parse(new StringReader(text));
            reportKeysUsedTwice(file, text, problems);
        } catch (ParseException e) {
            Token at = e.currentToken == null ? null : e.currentToken.next;
            SourcePos pos = at == null ? SourcePos.of(file) : SourcePos.of(file, at.beginLine);
            if (at == null || at.image == null || at.image.isEmpty()) {
                problems.error(pos, "invalid BibTeX: unexpected end of file", "an entry or a brace is not closed");
            } else {
                problems.error(pos, "invalid BibTeX: unexpected \"" + at.image + "\"");
            }
        } catch (TokenMgrException | ObjectResolutionException e) {
            problems.error(SourcePos.of(file), "invalid BibTeX: " + e.getMessage());
        }
        return problems;
    }

    /** JBibTeX keeps the first of two entries with one key and drops the other without a word. */
    private static void reportKeysUsedTwice(String file, String text, Diagnostics problems) {
        Set<String> keys = new HashSet<>();
        Matcher entry = ENTRY_START.matcher(text);
        while (entry.find()) {
            if (!keys.add(entry.group(1))) {
                int line = (int) text.substring(0, entry.start()).chars().filter(c -> c == '\n').count() + 1;
                problems.error(SourcePos.of(file, line), "invalid BibTeX: key \"" + entry.group(1)
                        + "\" is used twice");
            }
        }
    }
}
