package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** BibTeX entries read back by an independent parser (JBibTeX) as the title and names they were made from. */
class BibTexTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Braces {and} unbalanced } { braces",
        "100% of $5 & #1 under_scores",
        "Back\\slash \\textbf{not a command} and \\",
        "Tilde ~ and caret ^ and %comment",
        "Accents: Zoë, Müller, García, Ångström, Dvořák, Øresund, Straße, naïve, Æsir, Ñandú",
        "CJK 深度学习 and Greek αβγ and emoji 🚀",
        "@misc{inner, title={x}}",
    })
    void hostileTitlesReadBackAsTheyWere(String title) throws Exception {
        String entry = BibTex.entry("key2024hostile", title, List.of("Ann Author"), 2024, "2401.00001",
                "https://arxiv.org/abs/2401.00001");
        BibTeXEntry parsed = onlyEntry(entry);
        assertEquals(title, plain(parsed.getField(BibTeXEntry.KEY_TITLE).toUserString()), entry);
        assertEquals("2401.00001", parsed.getField(new Key("eprint")).toUserString());
        assertEquals("arXiv", parsed.getField(new Key("archivePrefix")).toUserString());
        assertEquals("https://arxiv.org/abs/2401.00001", parsed.getField(BibTeXEntry.KEY_URL).toUserString());
    }

    @Test
    void hostileAuthorNamesReadBackOneByOne() throws Exception {
        List<String> authors = List.of("Zoë Müller", "Smith, Jr.", "李 明", "Research and Development Team",
                "Ana {García} 100%", "José Núñez", "Back\\slash & Co_", "AND Partners", "Rock and",
                "Candace Anderson");
        BibTeXEntry parsed = onlyEntry(BibTex.entry("k", "T", authors, 2024, null, null));
        String names = parsed.getField(BibTeXEntry.KEY_AUTHOR).toUserString();
        assertEquals(authors, splitNames(names).stream().map(BibTexTest::plain).toList(), names);
        assertNull(parsed.getField(new Key("eprint")), "no arXiv fields without an identifier");
    }

    @Test
    void urlsWithBracesOrSpacesStayInTheirField() throws Exception {
        BibTeXEntry parsed = onlyEntry(BibTex.entry("k", "T", List.of(), 2024, null,
                "https://example.org/a b/{x}\\y?q=%20#frag"));
        assertEquals("https://example.org/a%20b/%7Bx%7D%5Cy?q=%20#frag",
                parsed.getField(BibTeXEntry.KEY_URL).toUserString());
    }

    /**
     * JBibTeX's LaTeX printer knows no cedilla, ring, circumflex or Polish l, and prints ' as ’: these are checked as
     * the LaTeX they must be.
     */
    @Test
    void lettersBeyondJbibtexsPrinterAreStandardLatex() {
        assertEquals("Fran{\\c{c}}ois {\\L}ukasz {\\'{i}} {\\r{u}} C{\\^{o}}t{\\'{e}} O'Brien",
                BibTex.escape("François Łukasz í ů Côté O'Brien"));
    }

    private static BibTeXEntry onlyEntry(String bibtex) throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
        Map<Key, BibTeXEntry> entries = database.getEntries();
        assertEquals(1, entries.size(), bibtex);
        BibTeXEntry entry = entries.values().iterator().next();
        assertEquals(BibTeXEntry.TYPE_MISC, entry.getType());
        return entry;
    }

    /**
     * LaTeX field text as a reader sees it. JBibTeX's LaTeX parser reads Latin text only: text in other scripts is
     * not escaped, so it must read back unchanged.
     */
    private static String plain(String latex) {
        if (latex.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)) {
            return latex;
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
        } catch (Exception e) {
            throw new AssertionError("not valid LaTeX: " + latex, e);
        }
    }

    /** Names split at " and " outside braces, as BibTeX splits them. */
    private static List<String> splitNames(String names) {
        List<String> split = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (c == '\\' && i + 1 < names.length()) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && names.startsWith(" and ", i)) {
                split.add(names.substring(start, i));
                start = i + " and ".length();
            }
        }
        split.add(names.substring(start));
        return split;
    }
}
