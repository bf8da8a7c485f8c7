package dev.paperboy.render;

import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.diag.SourcePos;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.Objects;

/** Turns FreeMarker's errors into {@code template:line:column: error: ...} naming the page being rendered. */
final class TemplateErrors {
    private TemplateErrors() {
    }

    static Diagnostic of(Exception error, String page, TemplateEngine engine) {
        SiteFiles.OutsideSiteException outside = find(error, SiteFiles.OutsideSiteException.class);
        if (outside != null) {
            return Diagnostic.error(SourcePos.of(engine.label(outside.link())), SiteFiles.OUTSIDE)
                    .withHint("while rendering " + page);
        }
        ParseException parse = find(error, ParseException.class);
        if (parse != null) {
            return Diagnostic.error(pos(engine, parse.getTemplateName(), parse.getLineNumber(),
                    parse.getColumnNumber()), "template syntax: " + firstParagraph(parse.getEditorMessage()))
                    .withHint("while rendering " + page);
        }
        TemplateException template = find(error, TemplateException.class);
        if (template != null) {
            return Diagnostic.error(pos(engine, template.getTemplateSourceName(), template.getLineNumber(),
                    template.getColumnNumber()), firstParagraph(template.getMessageWithoutStackTop()))
                    .withHint("while rendering " + page);
        }
        return Diagnostic.error(SourcePos.of(page), "cannot render: " + error.getMessage());
    }

    private static SourcePos pos(TemplateEngine engine, String template, Integer line, Integer column) {
        return new SourcePos(engine.label(Objects.requireNonNullElse(template, "?")),
                line == null ? 0 : Math.max(0, line), column == null ? 0 : Math.max(0, column));
    }

    /** FreeMarker's messages go on with tips and stack excerpts after a blank line or a "----" rule. */
    private static String firstParagraph(String message) {
        if (message == null) {
            return "template error";
        }
        String text = message.strip();
        int cut = text.length();
        for (String end : new String[] {"\n\n", "\n----"}) {
            int at = text.indexOf(end);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return text.substring(0, cut).replaceAll("\\s+", " ");
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
