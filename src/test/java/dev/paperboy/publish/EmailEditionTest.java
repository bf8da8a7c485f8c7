package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The email editions of digests, read back by Jsoup (HTML) and line by line (plain text). */
class EmailEditionTest {
    private static final String BASE = "https://example.org/reading-group/";
    private static final Pattern MARK = Pattern.compile("\\[(\\d+)]");

    /** What a digest page shows: its papers' titles and the absolute URLs of their pages and outbound links. */
    private record Shown(List<String> titles, Set<String> links) {
        static Shown on(TestSite site, String digestPage) throws Exception {
            Document page = Jsoup.parse(site.read(digestPage), BASE + digestPage);
            List<String> titles = page.select(".paper-title a").stream().map(Element::text).toList();
            Set<String> links = new LinkedHashSet<>();
            page.select(".paper-title a, .paper-links a").forEach(a -> links.add(a.absUrl("href")));
            return new Shown(titles, links);
        }
    }

    @Test
    void htmlEditionHasEveryPaperAndLinkOfTheDigestWithAbsoluteUrlsAndNoScript(@TempDir Path temp)
            throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        for (String date : List.of("2024-03-04", "2024-03-11")) {
            Shown shown = Shown.on(site, "digests/" + date + "/index.html");
            assertFalse(shown.titles().isEmpty());
            Document email = Jsoup.parse(site.read("email/" + date + ".html"));
            assertTrue(email.select("script, link[rel=stylesheet], style").isEmpty(), date);
            assertEquals(shown.titles(), email.select("h3 a").stream().map(Element::text).toList(), date);
            Set<String> hrefs = new LinkedHashSet<>();
            for (Element element : email.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertTrue(url.startsWith("https://") || url.startsWith("http://"), date + ": " + url);
                assertTrue(URI.create(url).isAbsolute(), url);
                hrefs.add(url);
            }
            assertTrue(hrefs.containsAll(shown.links()), date + ": " + shown.links() + " in " + hrefs);
            assertTrue(hrefs.contains(BASE + "digests/" + date + "/"), date);
        }
        Document withIntro = Jsoup.parse(site.read("email/2024-03-04.html"));
        assertTrue(withIntro.text().contains("A busy week. We read three papers."), withIntro.text());
        assertEquals("three", withIntro.selectFirst("strong").text());
    }

    @Test
    void textEditionHasEveryPaperWrappedWithItsLinksAsAbsoluteFootnotes(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        for (String date : List.of("2024-03-04", "2024-03-11")) {
            Shown shown = Shown.on(site, "digests/" + date + "/index.html");
            String text = site.read("email/" + date + ".txt");
            List<String> footnotes = footnotes(text);
            String body = text.substring(0, text.lastIndexOf("\nLinks\n"));
            String flat = body.replaceAll("\\s+", " ");
            for (String title : shown.titles()) {
                assertTrue(flat.contains(title), date + ": " + title);
            }
            assertTrue(footnotes.containsAll(shown.links()), date + ": " + shown.links() + " in " + footnotes);
            Matcher marks = MARK.matcher(body);
            Set<Integer> used = new LinkedHashSet<>();
            while (marks.find()) {
                used.add(Integer.parseInt(marks.group(1)));
            }
            assertEquals(footnotes.size(), used.size(), "each footnote is marked in the text");
            for (int number : used) {
                assertTrue(number >= 1 && number <= footnotes.size(), date + ": [" + number + "]");
            }
            for (String line : body.split("\n")) {
                assertTrue(line.length() <= 72 || !line.strip().contains(" "), date + ": " + line);
            }
        }
    }

    @Test
    void linksOfTheIntroIntoTheSiteAndToItsFootnotesBecomeAbsoluteInBothEditions(@TempDir Path temp)
            throws Exception {
        TestSite site = TestSite.in(temp).paper("a", "title: Paper A\nthemes: [rl]")
                .file("content/digests/2024-01-01.md", "---\npapers: [a]\n---\nRead [paper A](../papers/a.md), "
                        + "[the theme](/themes/rl/) and [the spec](https://example.com/spec)[^1].\n\n"
                        + "[^1]: A footnote.\n");
        site.build();
        String sub = "https://example.org/sub/";
        Document html = Jsoup.parse(site.read("email/2024-01-01.html"));
        List<String> hrefs = html.select("a[href]").eachAttr("href");
        assertTrue(hrefs.containsAll(List.of(sub + "papers/a/", sub + "themes/rl/", "https://example.com/spec")),
                hrefs.toString());
        assertTrue(hrefs.stream().allMatch(href -> href.startsWith("https://")), hrefs.toString());
        assertTrue(hrefs.stream().anyMatch(href -> href.startsWith(sub + "digests/2024-01-01/#")), hrefs.toString());
        List<String> footnotes = footnotes(site.read("email/2024-01-01.txt"));
        assertTrue(footnotes.containsAll(List.of(sub + "papers/a/", sub + "themes/rl/", "https://example.com/spec")),
                footnotes.toString());
    }

    /**
     * Editions are made only when rendered, and keyed by the digest page they are made from: an edit of what the
     * page shows, or of the base URL their links start with, must still render them again.
     */
    @Test
    void aCachedBuildRendersBothEditionsAgainWhenTheirPaperOrTheBaseUrlChanges(@TempDir Path temp)
            throws Exception {
        TestSite site = TestSite.in(temp).paper("a", "title: Paper A\nabstract: First words.").digest("2024-01-01",
                "a");
        site.build();
        assertEquals("none rendered (every page came from the build cache)", site.build().templates().summary());
        site.paper("a", "title: Paper A\nabstract: Second words.");
        String edited = site.build().templates().summary();
        assertTrue(edited.contains("email.ftlh 1 page") && edited.contains("email-text.ftl 1 page"), edited);
        assertTrue(site.read("email/2024-01-01.html").contains("Second words."));
        assertTrue(site.read("email/2024-01-01.txt").contains("Second words."));
        site.file("content/site.yaml", site.file("content/site.yaml").replace("https://example.org/sub/",
                "https://example.net/"));
        site.build();
        assertTrue(site.read("email/2024-01-01.html").contains("https://example.net/papers/a/"));
        assertTrue(footnotes(site.read("email/2024-01-01.txt")).contains("https://example.net/papers/a/"));
    }

    @Test
    void digestPageLinksItsEmailEditions(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        Document page = Jsoup.parse(site.read("digests/2024-03-11/index.html"), BASE + "digests/2024-03-11/");
        Set<String> links = new LinkedHashSet<>();
        page.select("a[href]").forEach(a -> links.add(a.absUrl("href")));
        assertTrue(links.contains(BASE + "email/2024-03-11.html"), links.toString());
        assertTrue(links.contains(BASE + "email/2024-03-11.txt"), links.toString());
    }

    @Test
    void aSixtyPaperDigestWithLongTextsStaysUnder100KilobytesAsHtml(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp);
        String words = "Gradient descent on overparameterized networks finds flat minima that generalize ";
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String slug = "paper-" + i;
            slugs.add(slug);
            String id = "2401." + (10000 + i);
            site.paper(slug, "title: \"A Long Title About Scaling Laws and Optimization, Part " + i + " of a Series "
                    + "With a Subtitle\"\nabstract: \"" + words.repeat(20) + "\"\norganization: {account: example-lab, "
                    + "name: Example Research Lab}\nupvotes: 120\npublished: 2024-01-02\nthemes: ["
                    + (i % 2 == 0 ? "rl" : "optimization") + "]\ncode_url: https://github.com/example-organization/"
                    + slug + "\nlinks: [https://arxiv.org/abs/" + id + ", https://huggingface.co/papers/" + id + "]",
                    words.repeat(8) + "\n\nSecond paragraph of notes.\n");
        }
        site.file("content/digests/2024-01-05.md", "---\ntitle: Sixty papers\npapers: [" + String.join(", ", slugs)
                + "]\n---\n" + words.repeat(6) + "\n");
        site.build();
        long size = Files.size(site.out().resolve("email/2024-01-05.html"));
        assertTrue(size < 100 * 1024, "email/2024-01-05.html is " + size + " bytes");
        Document email = Jsoup.parse(site.read("email/2024-01-05.html"));
        assertEquals(60, email.select("h3 a").size());
        assertEquals(60 * 4 + 5, email.select("a[href]").size(),
                "each paper's page, code and two links; the site twice, the digest, two themes");
        String text = site.read("email/2024-01-05.txt");
        assertEquals(1 + 60 * 4, footnotes(text).size(), "the digest, and each paper's page, code and two links");
    }

    /** The URLs listed under "Links", checking each is numbered in order and absolute. */
    private static List<String> footnotes(String text) {
        String[] lines = text.substring(text.lastIndexOf("\nLinks\n") + "\nLinks\n".length()).split("\n");
        List<String> urls = new ArrayList<>();
        for (String line : lines) {
            String prefix = "[" + (urls.size() + 1) + "] ";
            assertTrue(line.startsWith(prefix), line);
            String url = line.substring(prefix.length());
            assertTrue(URI.create(url).isAbsolute() && url.startsWith("http"), url);
            urls.add(url);
        }
        return urls;
    }
}
