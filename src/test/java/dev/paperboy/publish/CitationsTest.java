package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader, a reference manager and a search engine find of a paper's source: author and source links,
 * Highwire Press tags (read with Jsoup), schema.org JSON-LD (parsed with Jackson) and .bib files (parsed with
 * JBibTeX), for papers with and without an arXiv identifier.
 */
class CitationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestSite site(Path root) {
        return TestSite.in(root)
                .paper("attention", """
                        title: "Attention </script><script>alert(1)</script> & You"
                        arxiv_id: 1706.03762v5
                        authors: [Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit]
                        abstract: We propose the Transformer.
                        published: 2017-06-12
                        code_url: https://github.com/tensorflow/tensor2tensor
                        project_url: https://example.org/transformer
                        themes: [optimization]
                        """)
                .paper("attention-again", """
                        title: Attention, Again
                        authors: [Ashish Vaswani]
                        published: 2017-09-01
                        themes: [optimization]
                        """)
                .paper("untitled-idea", "title: A Text-Only Paper")
                .digest("2024-05-06", "attention", "untitled-idea")
                .digest("2024-05-13", "attention-again");
    }

    @Test
    void paperPageCarriesHighwireTagsJsonLdAndOpenGraph(@TempDir Path temp) throws Exception {
        TestSite site = site(temp);
        site.build();
        Document page = Jsoup.parse(site.read("papers/attention/index.html"));
        assertEquals("Attention </script><script>alert(1)</script> & You", meta(page, "citation_title").get(0));
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"),
                meta(page, "citation_author"));
        assertEquals(List.of("2017/06/12"), meta(page, "citation_publication_date"));
        assertEquals(List.of("1706.03762v5"), meta(page, "citation_arxiv_id"));
        assertEquals(List.of("https://arxiv.org/pdf/1706.03762v5"), meta(page, "citation_pdf_url"));
        assertEquals(List.of("We propose the Transformer."), meta(page, "citation_abstract"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(page.title().substring(0, page.title().indexOf(" · ")),
                page.selectFirst("meta[property=og:title]").attr("content"));

        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "the title's </script> did not end the JSON-LD block");
        assertTrue(page.select("script:not([type]):not([src])").isEmpty(), "no script was injected");
        JsonNode article = JSON.readTree(scripts.get(0).data());
        assertEquals("ScholarlyArticle", article.get("@type").asText());
        assertEquals("Attention </script><script>alert(1)</script> & You", article.get("headline").asText());
        assertEquals("Niki Parmar", article.get("author").get(2).get("name").asText());
        assertEquals("1706.03762v5", article.get("identifier").get("value").asText());
        assertEquals("https://example.org/sub/papers/attention/", article.get("url").asText());

        assertEquals(List.of("https://arxiv.org/abs/1706.03762v5", "https://arxiv.org/pdf/1706.03762v5",
                "https://huggingface.co/papers/1706.03762", "https://github.com/tensorflow/tensor2tensor",
                "https://example.org/transformer"), page.select("header .paper-links a").eachAttr("href"));
        assertEquals("https://arxiv.org/search/?searchtype=author&query=Ashish+Vaswani",
                page.selectFirst(".authors a").attr("href"));
    }

    @Test
    void aPaperWithoutIdentifierGetsWhatIsKnown(@TempDir Path temp) throws Exception {
        TestSite site = site(temp);
        site.build();
        Document page = Jsoup.parse(site.read("papers/untitled-idea/index.html"));
        assertEquals(List.of("A Text-Only Paper"), meta(page, "citation_title"));
        assertTrue(meta(page, "citation_arxiv_id").isEmpty());
        assertTrue(meta(page, "citation_author").isEmpty());
        assertTrue(page.select(".paper-links").isEmpty(), "no links to show");
        JsonNode article = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertFalse(article.has("identifier"));
        assertTrue(page.selectFirst("#bibtex").text().startsWith("@misc{anon2024text,"));
    }

    @Test
    void aLongAuthorListShowsItsFirstAuthorsAndFoldsTheOthers(@TempDir Path temp) throws Exception {
        List<String> names = IntStream.rangeClosed(1, 30).mapToObj(i -> "Author Number" + i).toList();
        TestSite site = TestSite.in(temp)
                .paper("big-team", "title: A Big Team\narxiv_id: \"2501.00001\"\nauthors: [" + String.join(", ", names)
                        + "]\n")
                .paper("small-team", "title: A Small Team\nauthors: [" + String.join(", ", names.subList(0, 15))
                        + "]\n")
                .digest("2024-05-06", "big-team", "small-team");
        site.build();

        Element big = Jsoup.parse(site.read("papers/big-team/index.html")).selectFirst("header .authors");
        assertEquals(names.subList(0, 10), big.child(0).select("a").eachText());
        Element folded = big.selectFirst("details");
        assertEquals("and 20 more authors", folded.selectFirst("summary").text());
        assertEquals(names.subList(10, 30), folded.select("p a").eachText());
        assertEquals(names, big.select("a").eachText(), "every author is in the page, in order");

        Element small = Jsoup.parse(site.read("papers/small-team/index.html")).selectFirst("header .authors");
        assertEquals(String.join(", ", names.subList(0, 15)), small.text());
        assertTrue(small.select("details").isEmpty(), "15 authors are shown whole");
    }

    @Test
    void cardsNameTheFirstAuthorsAndLinkTheSources(@TempDir Path temp) throws Exception {
        TestSite site = site(temp);
        site.build();
        Document digest = Jsoup.parse(site.read("digests/2024-05-06/index.html"));
        Element card = digest.selectFirst("article.paper");
        assertEquals("Ashish Vaswani, Noam Shazeer, Niki Parmar et al.", card.selectFirst(".authors").text());
        assertEquals(List.of("arXiv", "PDF", "Hugging Face", "Code", "Project page"),
                card.select(".paper-links a").eachText());
    }

    @Test
    void bibFilesParseWithUniqueKeysPerPaperDigestAndTheme(@TempDir Path temp) throws Exception {
        TestSite site = site(temp);
        site.build();
        assertEquals(Set.of("vaswani2017attention"), keys(site.read("papers/attention/attention.bib")));
        assertEquals(Set.of("vaswani2017attentionb"),
                keys(site.read("papers/attention-again/attention-again.bib")), "deduplicated in digest order");
        assertEquals(Set.of("vaswani2017attention", "anon2024text"),
                keys(site.read("digests/2024-05-06/2024-05-06.bib")));
        assertEquals(Set.of("vaswani2017attention", "vaswani2017attentionb"),
                keys(site.read("themes/optimization/optimization.bib")));
        String entry = site.read("papers/attention/attention.bib");
        assertTrue(entry.contains("eprint={1706.03762},\n      archivePrefix={arXiv},\n"), entry);
        assertTrue(entry.contains("url={https://arxiv.org/abs/1706.03762},"), entry);
        String page = site.read("papers/attention/index.html");
        assertEquals(entry, Jsoup.parse(page).selectFirst("#bibtex").wholeText(), "the Cite block shows the file");
        assertFalse(site.read("sitemap.xml").contains(".bib"), "downloads, not pages to index");
    }

    @Test
    void feedsLinkSourcesNameAuthorsAndCarryThemes(@TempDir Path temp) throws Exception {
        TestSite site = site(temp);
        site.build();
        Document rss = Jsoup.parse(site.read("feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        Element item = rss.select("item").stream()
                .filter(element -> element.selectFirst("link").text().endsWith("/papers/attention/"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Optimization"), item.select("category").eachText());
        Document html = Jsoup.parse(item.selectFirst("description").text());
        assertEquals(List.of("https://arxiv.org/abs/1706.03762v5", "https://arxiv.org/pdf/1706.03762v5",
                "https://github.com/tensorflow/tensor2tensor"), html.select("a").eachAttr("href").subList(0, 3));
        Document atom = Jsoup.parse(site.read("atom.xml"), "", org.jsoup.parser.Parser.xmlParser());
        Element entry = atom.select("entry").stream()
                .filter(element -> element.selectFirst("id").text().endsWith("/papers/attention/"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"),
                entry.select("author > name").eachText());
    }

    private static List<String> meta(Document page, String name) {
        return page.select("meta[name=" + name + "]").eachAttr("content");
    }

    private static Set<String> keys(String bib) throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib));
        return database.getEntries().keySet().stream().map(Key::getValue).collect(Collectors.toSet());
    }

}
