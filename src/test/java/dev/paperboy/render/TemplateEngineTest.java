package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.SiteFiles;
import dev.paperboy.render.internal.PageBuffer;
import dev.paperboy.site.PageView;
import freemarker.template.TemplateException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {
    private static final SiteInfo SITE = new SiteInfo("Site", "", "en", "", List.of(), SiteInfo.SiteLinks.DEFAULT);

    private record Text(String text) implements PageView {
    }

    private static String render(Path templates, String name, String template, String page) throws Exception {
        Files.writeString(templates.resolve(name), template);
        PageBuffer out = new PageBuffer();
        TemplateEngine engine = new TemplateEngine(templates, new SiteFiles(templates.getParent()));
        engine.render(name, new TemplateRoot(SITE, new PageMeta("T", "", "index.html", List.of()), new Text(page),
                new Urls("https://example.org/", false, Map.of(), "index.html")), out);
        return new String(out.utf8(), StandardCharsets.UTF_8);
    }

    @Test
    void htmlTemplatesEscapeValuesButNotMarkup(@TempDir Path templates) throws Exception {
        assertEquals("&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt; <b>x</b> &lt;i&gt; &quot;",
                render(templates, "t.ftlh", "${page.text} ${'<b>x</b>'?no_esc} ${'<i>'?esc} "
                        + "<#outputformat 'HTML'>${'\"'}</#outputformat>", "<b>Tom & 'Jerry'</b>"));
    }

    @Test
    void urlMethodsCheckTheirArguments(@TempDir Path templates) throws Exception {
        assertEquals("https://example.org/ https://example.org/a/ a/", render(templates, "t.ftlh",
                "${url.canonical()} ${url.abs('a/index.html')} ${url.rel('a/index.html')}", ""));
        assertThrows(TemplateException.class, () -> render(templates, "t.ftlh", "${url.rel()}", ""));
        assertThrows(TemplateException.class, () -> render(templates, "t.ftlh", "${url.rel(1)}", ""));
        TemplateException unknown = assertThrows(TemplateException.class,
                () -> render(templates, "t.ftlh", "${url.asset('x.css')}", ""));
        assertTrue(unknown.getMessage().contains("url.asset: no asset \"x.css\""), unknown.getMessage());
    }
}
