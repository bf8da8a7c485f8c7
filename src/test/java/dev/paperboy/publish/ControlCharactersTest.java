package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.io.SyndFeedInput;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Characters XML cannot hold (BEL, SOH and the other C0 controls but tab and line ends) in notes, digest intros,
 * front matter and site.yaml: dropped where the text is read, with a warning naming file and line, so every feed
 * of the site is well-formed XML.
 */
class ControlCharactersTest {
    @Test
    void controlCharactersAreDroppedWithAWarningAndEveryFeedParses(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .file("content/site.yaml", "title: Bell\u0007 site\ndescription: \u0001start\n"
                        + "base_url: https://example.org/\n" + TestSite.THEMES)
                .paper("a", "title: A\u0007 paper\nthemes: [rl]\nabstract: Ab\u001bstract",
                        "Notes with\u0008 a bell\u0007.\n")
                .paper("b", "title: B\nthemes: [optimization]", "Form\ffeed and \uFFFF.\n")
                .paper("c", "title: \"Escaped \\a bell and \\x01 SOH\"\nthemes: [rl]\nlinks: [\"https://e.org/\\b\"]")
                .file("content/digests/2024-01-01.md", "---\npapers: [a, b, c]\n---\nIntro \u0002with\u0003 SOH.\n");
        Diagnostics diagnostics = new Diagnostics();
        new SiteBuilder(RelatedPapersFinder.BY_TEXT).build(site.options(), diagnostics);

        assertEquals(List.of(
                "content/digests/2024-01-01.md:4:7: warning: control character U+0002 dropped (and 1 more in this "
                        + "file)",
                "content/papers/a.md:2:9: warning: control character U+0007 dropped (and 3 more in this file)",
                "content/papers/b.md:5:5: warning: control character U+000C dropped (and 1 more in this file)",
                "content/papers/c.md:2:1: warning: control character U+0007 dropped from \"title\" (and 1 more)",
                "content/papers/c.md:4:1: warning: control character U+0008 dropped from \"links\"",
                "content/site.yaml:1:12: warning: control character U+0007 dropped (and 1 more in this file)"),
                diagnostics.formatted());
        List<Path> feeds;
        try (Stream<Path> files = Files.walk(site.out())) {
            feeds = files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
        assertFalse(feeds.isEmpty());
        for (Path feed : feeds) {
            String xml = Files.readString(feed);
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            if (!feed.getFileName().toString().equals("sitemap.xml")) {
                new SyndFeedInput().build(new StringReader(xml));
            }
            assertTrue(xml.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'), feed.toString());
        }
        assertTrue(site.read("feed.xml").contains("Bell site"), "the rest of the text is kept");
    }
}
