package dev.paperboy.render;

import dev.paperboy.site.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cleans curator HTML so nothing in content can run script. The safelist is Jsoup's {@code relaxed()} plus what
 * Markdown output needs, documented in docs/build.md:
 * <ul>
 *   <li>extra tags {@code del}, {@code s}, {@code hr} (strikethrough, footnote rule);</li>
 *   <li>{@code id} on headings, {@code sup} and {@code li} (heading anchors, footnotes); {@code class} on
 *       {@code a}, {@code div} and {@code sup} (footnote and anchor styling);</li>
 *   <li>link targets only http, https, mailto or an in-page {@code #anchor}; images only http and https;</li>
 *   <li>every link gets {@code rel="nofollow noopener"}.</li>
 * </ul>
 * Headings move down two levels (h1 becomes h3) so notes sit under the page's own h1 and h2. Thread-safe.
 */
final class HtmlSanitizer {
    static final int HEADING_SHIFT = 2;
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator FOOTNOTE_MARKERS = QueryParser.parse("sup");

    private final Cleaner cleaner;

    HtmlSanitizer() {
        Safelist safelist = Safelist.relaxed()
                .addTags("del", "s", "hr")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("sup", "id", "class").addAttributes("li", "id")
                .addAttributes("a", "class").addAttributes("div", "class")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "#")
                .addEnforcedAttribute("a", "rel", "nofollow noopener");
        this.cleaner = new Cleaner(safelist);
    }

    /** The first paragraph's text without footnote markers: what a listing shows of a note. */
    private static String summary(Document clean) {
        Element first = clean.selectFirst(PARAGRAPH);
        if (first == null) {
            return clean.body().text();
        }
        Element copy = first.clone();
        copy.select(FOOTNOTE_MARKERS).remove();
        return copy.text();
    }

    Html clean(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false);
        for (Element heading : clean.select(HEADINGS)) {
            int level = Math.min(6, heading.tagName().charAt(1) - '0' + HEADING_SHIFT);
            heading.tagName("h" + level);
        }
        return new Html(clean.body().html(), summary(clean));
    }
}
