package dev.paperboy.render;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.paperboy.site.Html;
import dev.paperboy.site.MarkdownRenderer;
import java.util.List;

/**
 * Curator Markdown to sanitized HTML: tables, autolinks, strikethrough, footnotes and heading anchors (the heading
 * text links to itself). Raw HTML is allowed in Markdown and then cleaned by {@link HtmlSanitizer}. Create one
 * and share it: the parser and renderer are thread-safe once built.
 */
public final class FlexmarkMarkdown implements MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public FlexmarkMarkdown() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new PrefilteredAutolinkExtension(),
                        StrikethroughExtension.create(), FootnoteExtension.create(), AnchorLinkExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    @Override
    public Html render(String markdown, int topLevel) {
        if (markdown.isBlank()) {
            return Html.EMPTY;
        }
        return sanitizer.clean(renderer.render(parser.parse(markdown)), topLevel);
    }
}
