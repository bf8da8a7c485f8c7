package dev.paperboy.render;

import dev.paperboy.site.Html;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;

/**
 * An {@link Html} as templates see it: {@code html} and {@code text}, as if it were a record. Its HTML is read
 * once per model (a template tests {@code notes.html?has_content} before printing it), because reading may make it
 * again. A model belongs to the page being rendered.
 */
final class HtmlModel implements TemplateHashModel {
    private final Html html;
    private TemplateModel rendered;

    HtmlModel(Html html) {
        this.html = html;
    }

    @Override
    public TemplateModel get(String key) {
        return switch (key) {
            case "html" -> {
                if (rendered == null) {
                    rendered = new SimpleScalar(html.html());
                }
                yield rendered;
            }
            case "text" -> new SimpleScalar(html.text());
            default -> null;
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
