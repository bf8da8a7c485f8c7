package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.paperboy.render.internal.PlainMarkdown;
import dev.paperboy.site.Html;
import dev.paperboy.site.NoteSource;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PlainMarkdownTest {
    private static final NoteSource SOURCE = NoteSource.paper("x");
    private static final List<String> PLAIN = List.of(
            "*Curator note 1:* We \"quote\" things & compare a < b > c. See [the page](https://example.org/a?b=1&c=2)"
                    + " and **bold** and `code <x> & \"y\"`.\n\nSecond paragraph with ~~struck~~ text.",
            "- one\n- two with [a link](http://example.org \"its title\")\n\nKey takeaways:\n\n1. first\n2. second",
            "3. starts at three\n4. next\n\n> quoted\n> lines with https://bare.example.org and mail@example.org",
            "Loose list:\n\n- a\n\n- b\n\nthen text",
            "    indented code <b>\n\n```\nfenced & \"code\"\n```\n\nafter www.example.org/x",
            "Non-breaking\u00a0space, emoji 😀, accents é, and 'single' quotes.",
            "- tight list only\n- no paragraph",
            "[a \\*starred\\* *link*](https://x.org/a_(b)?q=\"1\"&r=<2> \"T & \\\"q\\\"\") and <https://y.org/é?x=1>",
            "``code with ` backtick`` and `a\\b` and \\`not code\\`",
            "- outer\n  - inner *one*\n  - inner two\n- back\n\n0. zero start\n1. one",
            "> - quoted list\n> - item [l](mailto:someone@example.org)\n>\n> > nested quote",
            "Emphasis across *lines\nhere* and __strong__ and ***both***.",
            "URL with unicode https://例え.jp/パス and [x](https://example.org/a%20b).");
    private static final List<String> NOT_PLAIN = List.of(
            "# A heading", "<b>raw</b> html", "![image](https://example.org/x.png)", "| a | b |\n|---|---|\n| 1 | 2 |",
            "Footnote[^1].\n\n[^1]: note", "An entity &copy;", "```python\ncode\n```", "line  \nbreak", "---",
            "[script](javascript:alert(1))", "[relative](papers/x/)", "[anchor](#top)", "[data](data:text/html,x)",
            "Line one\nline two\\\na hard break, and trailing spaces  \nmake another");

    private final FlexmarkMarkdown markdown = new FlexmarkMarkdown();

    private static boolean plain(String text) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS,
                List.of(com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.create(),
                        new PrefilteredAutolinkExtension()));
        return PlainMarkdown.isPlain(Parser.builder(options).build().parse(text));
    }

    /** The same elements, attributes and text, whichever way each side escaped its text. */
    private static void assertSameDocument(Html expected, Html actual, String source) {
        assertEquals(Jsoup.parseBodyFragment(expected.html()).body().html(),
                Jsoup.parseBodyFragment(actual.html()).body().html(), source);
        assertEquals(expected.text(), actual.text(), source);
    }

    @Test
    void plainNotesRenderAsTheSanitizerWouldHaveCleanedThem() {
        List<String> notes = new ArrayList<>(PLAIN);
        notes.addAll(SyntheticNotes.generate(300, 42));
        for (String note : notes) {
            assertTrue(plain(note), note);
            assertSameDocument(markdown.renderSanitized(note, 3, SOURCE), markdown.renderWithFlexmark(note, 3, SOURCE), note);
        }
    }

    @Test
    void everythingElseTakesTheSanitizersWay() {
        for (String note : NOT_PLAIN) {
            assertEquals(markdown.renderSanitized(note, 3, SOURCE), markdown.render(note, 3, SOURCE), note);
        }
        assertFalse(markdown.render("[x](javascript:alert(1))", 3, SOURCE).html().contains("javascript"));
    }

    @Test
    void linksGetTheSanitizersRel() {
        assertEquals("nofollow noopener", Jsoup.parseBodyFragment(markdown.render("[a](https://x.org)", 3, SOURCE).html())
                .selectFirst("a").attr("rel"));
    }
}
