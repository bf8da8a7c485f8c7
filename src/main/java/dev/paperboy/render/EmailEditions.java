package dev.paperboy.render;

import dev.paperboy.site.DigestPage;
import dev.paperboy.site.Excerpts;
import dev.paperboy.site.Html;
import dev.paperboy.site.PageView;
import dev.paperboy.site.PaperCard;
import dev.paperboy.site.PaperGroup;
import dev.paperboy.site.SiteLink;
import dev.paperboy.site.SitePaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Makes the views of a digest's email edition: HTML ({@link EmailPage}) and plain text ({@link EmailText}). A mail
 * is read away from the site, so every link in either is absolute; curator HTML is only ever read here (with
 * Jsoup), never evaluated. Both are made from the digest page and the site's address alone, on the render threads
 * ({@link DeferredView}): a build that finds a digest unchanged makes neither. Thread-safe.
 */
final class EmailEditions {
    /** Columns of the plain-text edition, as mail clients and RFC 3676 expect. */
    static final int WIDTH = 72;
    /**
     * About two sentences of each abstract, as the cards of long abstracts show: a 60-paper digest stays well under
     * 100 KB as HTML.
     */
    static final int EXCERPT = PaperCard.EXCERPT;
    private static final Evaluator BLOCKS = QueryParser.parse("p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, "
            + "table");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator ANCHOR_LINKS = QueryParser.parse("a[href^=#]");

    private final String baseUrl;
    private final Urls urls;

    /** @param baseUrl the site's address, which every link of a mail starts with */
    EmailEditions(String baseUrl) {
        this.baseUrl = baseUrl;
        this.urls = new Urls(baseUrl, false, Map.of(), SitePaths.HOME);
    }

    /** The HTML edition of {@code page}, made when rendered. */
    DeferredView html(DigestPage page) {
        return new Edition(baseUrl, page, false);
    }

    /** The plain-text edition of {@code page}, made when rendered. */
    DeferredView text(DigestPage page) {
        return new Edition(baseUrl, page, true);
    }

    /** Equal by what the edition is made of, as jobs are compared. */
    private record Edition(String baseUrl, DigestPage source, boolean plainText) implements DeferredView {
        @Override
        public PageView make() {
            EmailEditions editions = new EmailEditions(baseUrl);
            Document intro = editions.absoluteIntro(source);
            return plainText ? editions.text(source, intro, excerpts(source)) : html(source, intro, excerpts(source));
        }
    }

    /** Each paper's excerpt, cut once however often the digest lists it. */
    private static Map<PaperCard, String> excerpts(DigestPage page) {
        Map<PaperCard, String> excerpts = new IdentityHashMap<>();
        // A long abstract's card holds this very cut already.
        page.groups().forEach(group -> group.papers().forEach(card -> excerpts.computeIfAbsent(card,
                key -> key.longAbstract() ? key.abstractExcerpt() : Excerpts.cut(key.abstractText(), EXCERPT))));
        return excerpts;
    }

    private static EmailPage html(DigestPage page, Document intro, Map<PaperCard, String> excerpts) {
        List<EmailPage.Group> groups = page.groups().stream()
                .map(group -> new EmailPage.Group(group.theme(), group.papers().stream()
                        .map(card -> new EmailPage.Paper(card, excerpts.get(card)))
                        .toList()))
                .toList();
        return new EmailPage(page.digest(), new Html(intro.body().html(), page.intro().text()), groups);
    }

    private EmailText text(DigestPage page, Document intro, Map<PaperCard, String> excerpts) {
        Footnotes links = new Footnotes();
        List<String> blocks = new ArrayList<>();
        String title = page.digest().title();
        String date = page.digest().date().text();
        blocks.add(wrap(title, "", "") + "\n" + "=".repeat(Math.min(WIDTH, title.length())) + "\n"
                + (title.equals(date) ? "" : date + " · ") + count(page.digest().paperCount(), "paper") + "\n"
                + "On the web: " + links.mark(urls.abs(page.digest().path())));
        introBlocks(intro, links, blocks);
        int number = 1;
        for (PaperGroup group : page.groups()) {
            String heading = group.theme() == null ? "Other papers" : group.theme().name();
            blocks.add(heading + "\n" + "-".repeat(Math.min(WIDTH, heading.length())));
            for (PaperCard card : group.papers()) {
                blocks.add(paper(number++ + ". ", card, excerpts.get(card), links));
            }
        }
        return new EmailText(blocks, links.urls());
    }

    /**
     * The intro with links to ids on the digest page made absolute. Links into the site ({@link SiteLink#SCHEME})
     * are made absolute where the email is rendered, as on every page; other links are absolute already.
     */
    private Document absoluteIntro(DigestPage page) {
        Document intro = Jsoup.parseBodyFragment(page.intro().html());
        intro.outputSettings().prettyPrint(false);
        String digest = urls.abs(page.digest().path());
        for (Element link : intro.select(ANCHOR_LINKS)) {
            link.attr("href", digest + link.attr("href"));
        }
        return intro;
    }

    /** The absolute URL of a link of the intro, as {@link #absoluteIntro} left it. */
    private String absolute(String href) {
        if (!href.startsWith(SiteLink.SCHEME)) {
            return href;
        }
        String link = href.substring(SiteLink.SCHEME.length());
        int cut = link.length();
        for (char c : new char[] {'?', '#'}) {
            cut = link.indexOf(c) >= 0 ? Math.min(cut, link.indexOf(c)) : cut;
        }
        return urls.abs(link.substring(0, cut)) + link.substring(cut);
    }

    /** Each outermost block of the intro as a paragraph, its links as footnote marks. */
    private void introBlocks(Document intro, Footnotes links, List<String> blocks) {
        for (Element block : intro.body().select(BLOCKS)) {
            if (block.parents().stream().anyMatch(parent -> parent.is(BLOCKS))) {
                continue;
            }
            Element copy = block.clone();
            for (Element link : copy.select(LINKS)) {
                link.after(new TextNode(" " + links.mark(absolute(link.attr("href")))));
            }
            String first = block.is("li") ? "- " : block.is("blockquote") ? "> " : "";
            String text = copy.text();
            if (!text.isBlank()) {
                blocks.add(wrap(text, first, block.is("blockquote") ? "> " : " ".repeat(first.length())));
            }
        }
    }

    private String paper(String number, PaperCard card, String excerpt, Footnotes links) {
        String indent = " ".repeat(number.length());
        StringBuilder text = new StringBuilder(wrap(card.title() + " " + links.mark(urls.abs(card.path())),
                number, indent));
        String byline = byline(card);
        if (!byline.isEmpty()) {
            text.append('\n').append(wrap(byline, indent, indent));
        }
        if (!excerpt.isEmpty()) {
            text.append('\n').append(wrap(excerpt, indent, indent));
        }
        if (!card.noteExcerpt().isEmpty()) {
            text.append('\n').append(wrap("Curator’s note: " + card.noteExcerpt(), indent, indent));
        }
        List<String> outbound = new ArrayList<>();
        if (card.arxiv() != null) {
            outbound.add("arXiv " + links.mark(card.arxiv().abs()));
            outbound.add("PDF " + links.mark(card.arxiv().pdf()));
            if (card.arxiv().huggingFace() != null) {
                outbound.add("Hugging Face " + links.mark(card.arxiv().huggingFace()));
            }
        }
        if (card.codeUrl() != null) {
            outbound.add("Code " + links.mark(card.codeUrl()));
        }
        if (card.projectUrl() != null) {
            outbound.add("Project page " + links.mark(card.projectUrl()));
        }
        for (String href : card.links()) {
            outbound.add(host(href) + " " + links.mark(href));
        }
        if (!outbound.isEmpty()) {
            text.append('\n').append(wrap(String.join(" · ", outbound), indent, indent));
        }
        return text.toString();
    }

    /** As the paper cards show it: its first authors, who posted it, its upvotes and when it was published. */
    private static String byline(PaperCard card) {
        List<String> parts = new ArrayList<>();
        if (card.firstAuthors() != null) {
            parts.add(card.firstAuthors());
        }
        if (card.organization() != null) {
            parts.add(card.organization());
        } else if (card.authorsCount() != null && card.firstAuthors() == null) {
            parts.add(count(card.authorsCount(), "author"));
        }
        if (card.upvotes() != null) {
            parts.add(count(card.upvotes(), "upvote"));
        }
        if (card.published() != null) {
            parts.add("published " + card.published().text());
        }
        return String.join(" · ", parts);
    }

    /** A link's label: its host without {@code www.}, as the paper cards show it. */
    private static String host(String href) {
        try {
            String host = new URI(href).getHost();
            return host == null ? href : host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return href;
        }
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * Fills lines of at most {@link #WIDTH} columns word by word, the first starting with {@code first}, the others
     * with {@code rest}; a word longer than a line gets a line of its own.
     */
    static String wrap(String text, String first, String rest) {
        // An array, not charAt: a checked call per character under the C1 compiler the launcher runs.
        char[] words = text.strip().toCharArray();
        StringBuilder out = new StringBuilder(first.length() + words.length + words.length / WIDTH * 8);
        out.append(first);
        int lineStart = 0;
        boolean lineEmpty = true;
        int end;
        // Words split at runs of regex \s by hand: a regular expression was most of the time of making the editions.
        for (int start = 0; start < words.length; start = end + 1) {
            end = start;
            while (end < words.length && (words[end] > ' ' || !isSpace(words[end]))) {
                end++;
            }
            if (end == start) {
                continue;
            }
            if (!lineEmpty && out.length() - lineStart + 1 + end - start > WIDTH) {
                out.append('\n');
                lineStart = out.length();
                out.append(rest);
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out.append(' ');
            }
            out.append(words, start, end - start);
            lineEmpty = false;
        }
        return out.toString();
    }

    /** Whether {@code c} is white space as regex {@code \s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Links numbered in the order they first appear; a link met again keeps its number. */
    private static final class Footnotes {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        String mark(String url) {
            return "[" + numbers.computeIfAbsent(url, key -> numbers.size() + 1) + "]";
        }

        List<String> urls() {
            return List.copyOf(numbers.keySet());
        }
    }
}
