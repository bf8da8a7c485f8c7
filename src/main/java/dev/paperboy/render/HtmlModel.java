package dev.paperboy.render;

import dev.paperboy.site.Html;
import dev.paperboy.site.SiteLink;
import freemarker.core.Environment;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * An {@link Html} as templates see it: {@code html} and {@code text}, as if it were a record. Its HTML is read
 * once per model (a template tests {@code notes.html?has_content} before printing it), because reading may make it
 * again. Site links in it ({@link SiteLink#SCHEME}) are written as the page's URL helper links to their target, so
 * one render serves pages at any depth and feeds. A model belongs to the page being rendered.
 */
final class HtmlModel implements TemplateHashModel {
    private final Html html;
    private TemplateModel rendered;

    HtmlModel(Html html) {
        this.html = html;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return switch (key) {
            case "html" -> {
                if (rendered == null) {
                    rendered = new SimpleScalar(withLinks(html.html()));
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

    /** The HTML with each site link made a link from the page being rendered (its {@code url} helper). */
    private static String withLinks(String html) throws TemplateModelException {
        int at = html.indexOf(SiteLink.SCHEME);
        if (at < 0) {
            return html;
        }
        if (!(Environment.getCurrentEnvironment().getDataModel().get("url") instanceof UrlsModel urls)) {
            throw new TemplateModelException("rendered Markdown with site links needs the url helper");
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        for (; at >= 0; at = html.indexOf(SiteLink.SCHEME, from)) {
            int start = at + SiteLink.SCHEME.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            int suffix = start;
            while (suffix < end && html.charAt(suffix) != '#' && html.charAt(suffix) != '?') {
                suffix++;
            }
            out.append(html, from, at).append(urls.urls().rel(html.substring(start, suffix)))
                    .append(html, suffix, end);
            from = end;
        }
        return out.append(html, from, html.length()).toString();
    }
}
