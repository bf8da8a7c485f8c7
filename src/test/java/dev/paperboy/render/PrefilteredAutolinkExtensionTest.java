package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefilteredAutolinkExtensionTest {
    private static final List<String> CASES = List.of(
            "See https://example.org/a_b?x=1&y=2 and http://x.y.",
            "Mail me: curator@example.org, or WWW.Example.org or www.example.org/path.",
            "An entity colon: https&#58;//example.org and an escaped one https\\://example.org",
            "*Curator note 1:* plain prose with no link at all, only words.",
            "Inline `https://in.code/` and [a link](https://example.org) and <https://angle.org>.",
            "| a | b |\n|---|---|\n| https://cell.org | www.cell.org |",
            "> quoted ftp://files.example.org/x and mailto:someone@example.org",
            "Footnote[^1] with a URL.\n\n[^1]: At https://note.example.org/ref.",
            "Words like swww. and awww, www, wwwx.org and a@b.");

    private static String render(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(autolinks,
                com.vladsch.flexmark.ext.tables.TablesExtension.create(),
                com.vladsch.flexmark.ext.footnotes.FootnoteExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void linksExactlyWhatFlexmarksAutolinkExtensionLinks() {
        List<String> inputs = new ArrayList<>(CASES);
        inputs.addAll(SyntheticNotes.generate(200, 7));
        for (String markdown : inputs) {
            assertEquals(render(AutolinkExtension.create(), markdown),
                    render(new PrefilteredAutolinkExtension(), markdown), markdown);
        }
        assertTrue(render(new PrefilteredAutolinkExtension(), CASES.get(1)).contains("href=\"mailto:curator@"));
    }

    @Test
    void prefilterPassesOnlyTextThatCouldHoldALink() {
        assertFalse(PrefilteredAutolinkExtension.mayHoldLink("plain prose, with words; and awww"));
        for (String text : List.of("a:b", "a@b", "a&#58;", "a\\:", "www.x", "WwW.x")) {
            assertTrue(PrefilteredAutolinkExtension.mayHoldLink(text), text);
        }
    }
}
