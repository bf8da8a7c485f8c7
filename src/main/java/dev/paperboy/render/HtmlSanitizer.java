package dev.paperboy.render;

import dev.paperboy.render.internal.PlainMarkdown;
import dev.paperboy.site.Html;
import dev.paperboy.site.NoteSource;
import dev.paperboy.site.SiteLink;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 *   <li>link targets only http, https, mailto, an in-page {@code #anchor} or a {@link SiteLink}; images only http,
 *       https or a site link; site links are written with {@link SiteLink#SCHEME} and the output path they mean,
 *       which the page's URL helper turns into a link from that page ({@link HtmlModel});</li>
 *   <li>every link gets {@code rel="nofollow noopener"}.</li>
 * </ul>
 * Every id gets the {@link NoteSource}'s prefix, and so do in-note links to them, so a page showing several notes
 * never holds an id twice; a footnote's back-link joins the footnote's last paragraph.
 * Headings are renumbered from the level the caller asks for, by rank: the highest level present becomes that
 * level, the next one present the next, so a fragment never skips a level (axe-core's heading-order) whatever the
 * curator started with. Thread-safe.
 */
final class HtmlSanitizer {
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator FOOTNOTE_MARKERS = QueryParser.parse("sup");
    private static final Evaluator SITE_LINK_ATTRIBUTES = QueryParser.parse("a[href], img[src]");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator ANCHOR_LINKS = QueryParser.parse("a[href^=#]");
    private static final Evaluator BACK_LINKS = QueryParser.parse("a.footnote-backref");
    private static final String SITE_PROTOCOL = SiteLink.SCHEME.substring(0, SiteLink.SCHEME.length() - 1);

    private final Cleaner cleaner;

    HtmlSanitizer() {
        this.cleaner = new Cleaner(safelist());
    }

    /** What curator HTML may hold; site links must have been resolved ({@link SiteLink#SCHEME}) to pass. */
    static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("del", "s", "hr")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("sup", "id", "class").addAttributes("li", "id")
                .addAttributes("a", "class").addAttributes("div", "class")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "#", SITE_PROTOCOL)
                .addProtocols("img", "src", SITE_PROTOCOL)
                .addEnforcedAttribute("a", "rel", PlainMarkdown.LINK_REL);
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

    Html clean(String html, int topLevel, NoteSource source) {
        Document dirty = Jsoup.parseBodyFragment(html);
        resolveSiteLinks(dirty, source);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        renumberHeadings(clean.select(HEADINGS), topLevel);
        prefixIds(clean, source.idPrefix());
        clean.select(BACK_LINKS).forEach(HtmlSanitizer::joinLastParagraph);
        return new Html(clean.body().html(), summary(clean));
    }

    /** Site links written as the output path they mean; those that cannot be resolved are dropped by the cleaner. */
    private static void resolveSiteLinks(Document dirty, NoteSource source) {
        for (Element element : dirty.select(SITE_LINK_ATTRIBUTES)) {
            String attribute = element.nameIs("a") ? "href" : "src";
            try {
                SiteLink.resolve(source, element.attr(attribute)).ifPresent(link ->
                        element.attr(attribute, SiteLink.SCHEME + link.target() + link.suffix()));
            } catch (SiteLink.Invalid e) {
                element.removeAttr(attribute); // reported with its line by the checks of notes
            }
        }
    }

    private static void prefixIds(Document clean, String prefix) {
        Set<String> ids = new HashSet<>();
        for (Element element : clean.select(WITH_ID)) {
            ids.add(element.id());
            element.id(prefix + element.id());
        }
        for (Element link : clean.select(ANCHOR_LINKS)) {
            String target = link.attr("href").substring(1);
            if (ids.contains(target)) {
                link.attr("href", "#" + prefix + target);
            }
        }
    }

    /** "↩" after the footnote's text, not on a line of its own. */
    private static void joinLastParagraph(Element backLink) {
        Element paragraph = backLink.previousElementSibling();
        if (paragraph != null && paragraph.nameIs("p")) {
            paragraph.appendText(" ").appendChild(backLink);
        }
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
