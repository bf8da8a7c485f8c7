package dev.paperboy.render;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.paperboy.render.internal.PlainMarkdown;
import dev.paperboy.render.internal.SubsetMarkdown;
import dev.paperboy.site.Html;
import dev.paperboy.site.MarkdownRenderer;
import dev.paperboy.site.NoteSource;
import java.util.List;

/**
 * Curator Markdown to sanitized HTML: tables, autolinks, strikethrough, footnotes and heading anchors (the heading
 * text links to itself). Raw HTML is allowed in Markdown and then cleaned by {@link HtmlSanitizer}; plain notes
 * skip the sanitizer (see {@link PlainMarkdown}), and notes of the commonest shapes skip Flexmark too (see
 * {@link SubsetMarkdown}). Create one and share it: the parser and renderers are thread-safe once built.
 */
public final class FlexmarkMarkdown implements MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final PlainMarkdown plain;

    public FlexmarkMarkdown() {
        MutableDataSet options = options();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.plain = new PlainMarkdown(options);
    }

    /** The options notes are parsed and rendered with. */
    static MutableDataSet options() {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new PrefilteredAutolinkExtension(),
                        StrikethroughExtension.create(), FootnoteExtension.create(), AnchorLinkExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
    }

    @Override
    public Html render(String markdown, int topLevel, NoteSource source) {
        if (markdown.isBlank()) {
            return Html.EMPTY;
        }
        return SubsetMarkdown.render(markdown).orElseGet(() -> renderWithFlexmark(markdown, topLevel, source));
    }

    /**
     * Whether keeping {@code html} between builds saves work: not for notes of the subset, whose HTML this
     * renderer makes again on each read, in less time than storing and loading it would take.
     */
    public static boolean isWorthKeeping(Html html) {
        return !SubsetMarkdown.isRemade(html);
    }

    /** Flexmark's way for any document, for tests that compare it with {@link SubsetMarkdown}. */
    Html renderWithFlexmark(String markdown, int topLevel, NoteSource source) {
        Document document = parser.parse(markdown);
        if (PlainMarkdown.isPlain(document)) {
            Html html = plain.render(document);
            if (html != null) {
                return html;
            }
        }
        return sanitized(document, topLevel, source);
    }

    /** The sanitizer's way for any document, for tests that compare it with the fast path. */
    Html renderSanitized(String markdown, int topLevel, NoteSource source) {
        return sanitized(parser.parse(markdown), topLevel, source);
    }

    private Html sanitized(Document document, int topLevel, NoteSource source) {
        return sanitizer.clean(renderer.render(document), topLevel, source);
    }
}
