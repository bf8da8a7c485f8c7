package dev.paperboy.render;

import dev.paperboy.site.PageView;
import java.util.List;

/**
 * View of email-text.ftl, the plain-text email edition of a digest.
 *
 * @param blocks    paragraphs already wrapped to {@link EmailEditions#WIDTH} columns, links marked {@code [n]}
 * @param footnotes the absolute URL of each link, link {@code [n]} at index n - 1
 */
public record EmailText(List<String> blocks, List<String> footnotes) implements PageView {
    public EmailText {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }
}
