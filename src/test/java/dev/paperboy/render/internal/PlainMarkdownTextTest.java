package dev.paperboy.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The parts of {@link PlainMarkdown} that stand for Jsoup; the whole is compared with Flexmark in render. */
class PlainMarkdownTextTest {
    @Test
    void paragraphTextIsWhatJsoupReads() {
        for (String html : List.of("<p>a  <em>b</em>\n<code>&lt;c&gt; &amp; &quot;d&quot;</code></p>",
                "<p> \u00a0lead\u200b and \u00adsoft\tend \u0007</p>", "<p></p>", "<p><a href=\"x\">x</a></p>")) {
            assertEquals(Jsoup.parseBodyFragment(html).body().text(), PlainMarkdown.textOf(html, 3,
                    html.length() - 4), html);
        }
    }

    @Test
    void onlyWebAndMailLinksAreSafe() {
        assertTrue(PlainMarkdown.isSafeHref("HTTPS://X.ORG"));
        assertTrue(PlainMarkdown.isSafeHref("mailto:a@x.org"));
        assertFalse(PlainMarkdown.isSafeHref("javascript:x"));
    }
}
