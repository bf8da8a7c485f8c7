package dev.paperboy.render;

import dev.paperboy.site.Html;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cleans curator HTML so nothing in content can run script. The safelist is Jsoup's {@code relaxed()} plus what
 * Markdown output needs, documented in docs/manual.md ("Curator Markdown and the sanitizer"):
 * <ul>
 *   <li>extra tags {@code del}, {@code s}, {@code hr} (strikethrough, footnote rule);</li>
 *   <li>{@code id} on headings, {@code sup} and {@code li} (heading anchors, footnotes); {@code class} on
 *       {@code a}, {@code div} and {@code sup} (footnote and anchor styling);</li>
 *   <li>link targets only http, https, mailto or an in-page {@code #anchor}; images only http and https;</li>
 *   <li>every link gets {@code rel="nofollow noopener"}.</li>
 * </ul>
 * Headings are renumbered from the level the caller asks for, by rank: the highest level present becomes that
 * level, the next one present the next, so a fragment never skips a level (axe-core's heading-order) whatever the
 * curator started with. Thread-safe.
 */
final class HtmlSanitizer {
    /** The {@code rel} of every link in curator HTML. */
    static final String LINK_REL = "nofollow noopener";
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
                .addEnforcedAttribute("a", "rel", LINK_REL);
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

    Html clean(String html, int topLevel) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false);
        renumberHeadings(clean.select(HEADINGS), topLevel);
        return new Html(clean.body().html(), summary(clean));
    }

    private static void renumberHeadings(List<Element> headings, int topLevel) {
        int[] levels = headings.stream().mapToInt(HtmlSanitizer::level).distinct().sorted().toArray();
        for (Element heading : headings) {
            int rank = Arrays.binarySearch(levels, level(heading));
            heading.tagName("h" + Math.min(6, topLevel + rank));
        }
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
