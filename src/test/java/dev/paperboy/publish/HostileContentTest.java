package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile content (EscapingTest covers script, event handlers, javascript: links and FreeMarker syntax
 * in pages and feeds): each file gets a clear error naming it, or builds into safely escaped output, and nothing is
 * ever written outside the output folder.
 */
class HostileContentTest {
    @Test
    void hostileFilesAreRefusedEachWithAClearErrorAndNothingIsWritten(@TempDir Path temp) throws IOException {
        TestSite site = TestSite.in(temp)
                .paper("ok", "title: OK")
                .file("content/digests/2024-01-01.md", "---\npapers: [ok, ../../etc/passwd, /etc/passwd]\n---\n")
                .file("content/digests/not-a-date.md", "---\npapers: [ok]\n---\n")
                .paper("bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: bomb")
                .paper("deep", "title: deep\nx: " + "[".repeat(5000) + "]".repeat(5000))
                .paper("list", "- just\n- a list")
                .paper("dup", "title: one\ntitle: two")
                .paper("Bad Name", "title: x")
                .paper("nul", "title: a\u0000b");
        Files.write(temp.resolve("content/papers/latin1.md"), new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l',
                'e', ':', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n', '-', '-', '-', '\n'});
        List<Path> before = tree(temp);
        assertEquals(List.of(
                "content/digests/2024-01-01.md:2:14: error: paper \"../../etc/passwd\" is listed but "
                        + "content/papers/../../etc/passwd.md does not exist",
                "content/digests/2024-01-01.md:2:32: error: paper \"/etc/passwd\" is listed but "
                        + "content/papers//etc/passwd.md does not exist",
                "content/digests/not-a-date.md: error: digest file name must be a date, YYYY-MM-DD.md",
                "content/papers/Bad Name.md: error: file name \"Bad Name.md\" is not a valid slug "
                        + "(use lowercase letters, digits and hyphens)",
                "content/papers/bomb.md:2:4: error: YAML anchors and aliases (&name, *name) are not supported",
                "content/papers/deep.md:2: error: invalid YAML: Document nesting depth (33) exceeds the maximum "
                        + "allowed (32, from `StreamReadConstraints.getMaxNestingDepth()`)",
                "content/papers/dup.md:3:6: error: invalid YAML: Duplicate field 'title'",
                "content/papers/latin1.md:2: error: not valid UTF-8 text (save the file as UTF-8)",
                "content/papers/list.md:2:1: error: YAML must be a mapping of keys to values, found a list",
                "content/papers/nul.md:2: error: binary file (NUL byte), not text"),
                site.buildErrors());
        assertEquals(before, tree(temp), "a failed build writes nothing");
    }

    @Test
    void hostileTextBuildsIntoEscapedPagesThatPassCheckAndStayInTheOutputFolder(@TempDir Path temp)
            throws Exception {
        String longTitle = "Long ".repeat(2000).strip();
        TestSite site = TestSite.in(temp.resolve("site-folder"))
                .paper("long", "title: " + longTitle + "\nthemes: [rl]")
                .paper("attribute", "title: '\"><img src=x onerror=alert(1)>'",
                        "See [file](file:///etc/passwd) and ![x](javascript:alert(1)).\n")
                .digest("2024-01-01", "long", "attribute");
        List<Path> outside = tree(temp);
        Diagnostics diagnostics = new Diagnostics();
        CheckResult result = new SiteChecker(RelatedPapersFinder.BY_TEXT).check(site.options(), diagnostics);
        assertEquals(List.of("content/papers/attribute.md:4: warning: the sanitizer removes the link target "
                + "\"file:///etc/passwd\" (links may be http, https, mailto, an #anchor or a page or file of the site)",
                "content/papers/attribute.md:4: warning: the sanitizer removes the link target \"javascript:alert(1)\" "
                        + "(links may be http, https, mailto, an #anchor or a page or file of the site)"),
                diagnostics.formatted());
        assertEquals(11, result.pages(), "10 pages and the HTML email edition");
        site.build();

        Document page = Jsoup.parse(site.read("papers/long/index.html"));
        assertEquals(longTitle, page.selectFirst("h1").text());
        Document attribute = Jsoup.parse(site.read("papers/attribute/index.html"));
        assertEquals("\"><img src=x onerror=alert(1)>", attribute.selectFirst("h1").text());
        assertTrue(attribute.select("img, [onerror]").isEmpty());
        assertEquals(List.of(), attribute.select(".prose a[href], .prose img[src]").eachAttr("href"),
                "file: and javascript: links in notes are dropped");
        List<Path> after = tree(temp).stream()
                .filter(path -> !path.startsWith(site.out()) && !path.equals(BuildCache.location(site.out()))
                        && !path.equals(OutputManifest.location(site.out())))
                .toList();
        assertEquals(outside, after, "nothing but the build cache and manifest written outside the output folder");
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }
}
