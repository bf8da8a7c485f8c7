package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

public class RecordModelsTest {
    public record Link(String title, String path) {
        public String label() {
            return title + " → " + path;
        }
    }

    public record Page(String title, String missing, List<Link> links, Link first) {
    }

    /** Counts the reads of its component. */
    public record Counted(String title, AtomicInteger reads) {
        @Override
        public String title() {
            reads.incrementAndGet();
            return title;
        }
    }

    /** The page's root record, as TemplateRoot is. */
    public record Root(Object page) {
    }

    private static String render(String template, Object page) throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(new RecordModels(Configuration.VERSION_2_3_34));
        StringWriter out = new StringWriter();
        new Template("t", template, configuration).process(new Root(page), out);
        return out.toString();
    }

    @Test
    void recordsReadAsTheBeanWrapperReadThem() throws Exception {
        Link a = new Link("A", "a/");
        Page page = new Page("Title", null, List.of(a, new Link("B", "b/")), new Link("A", "a/"));
        assertEquals("Title|none|2|A,B|A → a/|true|true|false",
                render("${page.title}|${page.missing!'none'}|${page.links?size}|"
                        + "<#list page.links as l>${l.title}<#sep>,</#list>|${page.first.label()}|"
                        + "${page.links?seq_contains(page.first)?c}|${page.first?has_content?c}|"
                        + "${page.missing???c}", page));
        assertEquals("Title|A → a/", render("${page.title()}|${page.first.label}", page));
    }

    @Test
    void eachComponentIsReadOncePerModel() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        assertEquals("x x", render("${page.title} ${page.title}", new Counted("x", reads)));
        assertEquals(1, reads.get());
        assertEquals("none none", render("${page.missing!'none'} ${page.missing!'none'}",
                new Page("A", null, List.of(), null)));
    }
}
