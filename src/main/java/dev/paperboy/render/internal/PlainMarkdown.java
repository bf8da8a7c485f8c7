package dev.paperboy.render.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.paperboy.site.Html;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The fast path of curator Markdown: most notes are paragraphs, emphasis, code, lists, quotes and web links, for
 * which Flexmark's own HTML is already what the sanitizer would keep, save the {@code rel} every link
 * gets. Parsing that HTML again with Jsoup, copying it through the cleaner and printing it was about a third of
 * rendering a note. A document with anything else (raw HTML, headings, images, tables, footnotes, entities, code
 * with a language, hard breaks, rules) or a link that is not http, https or mailto goes the sanitizer's way.
 * The HTML of both ways is the same document; only the text's escaping may differ ({@code &quot;} or {@code "}).
 */
public final class PlainMarkdown {
    /** The {@code rel} of every link in curator HTML, whichever way it was made. */
    public static final String LINK_REL = "nofollow noopener";
    private static final Set<Class<?>> PLAIN_NODES = Set.of(Document.class, Paragraph.class, Text.class,
            TextBase.class, Emphasis.class, StrongEmphasis.class, Code.class, SoftLineBreak.class, BulletList.class,
            BulletListItem.class, OrderedList.class, OrderedListItem.class, Link.class, AutoLink.class,
            MailLink.class, BlockQuote.class, IndentedCodeBlock.class, FencedCodeBlock.class, Strikethrough.class);
    private static final DataKey<Boolean> UNSAFE_LINK = new DataKey<>("PAPERBOY_UNSAFE_LINK", false);

    private final HtmlRenderer renderer;

    /** @param options the options the sanitized way renders with */
    public PlainMarkdown(DataHolder options) {
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new LinkAttributes.Factory()).build();
    }

    /** Whether {@code document} holds only what the fast path renders. */
    public static boolean isPlain(Document document) {
        for (Node node : document.getDescendants()) {
            if (!PLAIN_NODES.contains(node.getClass())
                    || node instanceof FencedCodeBlock fenced && !fenced.getInfo().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The HTML of a plain document, or null if it links somewhere only the sanitizer may decide on. */
    public Html render(Document document) {
        String html = renderer.render(document);
        return UNSAFE_LINK.get(document) ? null : new Html(html, summary(html));
    }

    /** As the sanitizer's: the first paragraph's text, or all text when there is no paragraph. */
    static String summary(String html) {
        int start = html.indexOf("<p>");
        if (start < 0) {
            return Jsoup.parseBodyFragment(html).body().text();
        }
        // Text is escaped and raw HTML is not plain, so the first "</p>" after it closes this paragraph.
        return textOf(html, start + "<p>".length(), html.indexOf("</p>", start));
    }

    /**
     * The text of Flexmark's HTML for plain inline content, as Jsoup's {@code Element.text()} gives it: tags
     * dropped, the four entities Flexmark writes decoded, each run of whitespace (no-break space included) one
     * space, zero-width spaces and soft hyphens dropped, trimmed. Parsing the paragraph with Jsoup for this was
     * over a third of the fast path.
     */
    static String textOf(String html, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                i = html.indexOf('>', i);
                continue;
            }
            if (c == '&') {
                int end = html.indexOf(';', i);
                c = switch (html.substring(i, end + 1)) {
                    case "&amp;" -> '&';
                    case "&lt;" -> '<';
                    case "&gt;" -> '>';
                    case "&quot;" -> '"';
                    default -> throw new IllegalStateException("unexpected entity in plain HTML at " + i);
                };
                i = end;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                space = true;
            } else if (c != '\u200B' && c != '\u00AD') {
                if (space && !text.isEmpty()) {
                    text.append(' ');
                }
                space = false;
                text.append(c);
            }
        }
        return text.toString().trim();
    }

    static boolean isSafeHref(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }

    /** Adds the sanitizer's {@code rel} to links, and marks the document when a link target is not plain. */
    private static final class LinkAttributes implements AttributeProvider {
        private final Document document;

        LinkAttributes(Document document) {
            this.document = document;
        }

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (node instanceof Link || node instanceof AutoLink || node instanceof MailLink) {
                String href = attributes.getValue("href");
                if (!isSafeHref(href)) {
                    document.set(UNSAFE_LINK, true);
                }
                attributes.replaceValue("rel", LINK_REL);
            }
        }

        private static final class Factory extends IndependentAttributeProviderFactory {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new LinkAttributes(context.getDocument());
            }
        }
    }
}
