package dev.paperboy.render;

import dev.paperboy.render.internal.PageBuffer;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's HTML output format (of {@code .ftlh} templates), registered under its name, escaping values
 * straight into a {@link PageBuffer}'s UTF-8 bytes. Same output; into any other writer it escapes as FreeMarker does.
 */
final class Utf8HtmlFormat extends HTMLOutputFormat {
    static final Utf8HtmlFormat INSTANCE = new Utf8HtmlFormat();

    private Utf8HtmlFormat() {
    }

    @Override
    public void output(String text, Writer out) throws IOException, TemplateModelException {
        if (out instanceof PageBuffer page) {
            page.writeEscaped(text);
        } else {
            super.output(text, out);
        }
    }

    /** Markup ({@code ?no_esc}) must belong to this format, or FreeMarker would take it for foreign markup. */
    @Override
    protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainText, String markup) {
        return new Markup(plainText, markup);
    }

    private static final class Markup extends TemplateHTMLOutputModel {
        Markup(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public HTMLOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
