package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index a build writes (search/index.js and its shards), read back with Jackson and an id decoder written from its
 * documented format, and the search page the box leads to without JavaScript.
 */
class SearchIndexTest {
    private static final List<String> FIELDS = List.of("title", "authors", "themes", "abstract", "notes");
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    private static final Pattern INDEX = Pattern.compile("(?s)paperboySearch\\.index\\((.*)\\);\\s*");
    private static final Pattern SHARD = Pattern.compile("(?s)paperboySearch\\.load\\(\"([^\"]*)\", (.*)\\);\\s*");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private TestSite site() {
        return TestSite.in(root)
                .paper("kernels", """
                        title: Neural Tangent Kernels
                        abstract: We study the training dynamics of wide networks.
                        organization: {account: deepmind, name: DeepMind}
                        themes: [optimization]
                        """, "A *Schrödinger* view; see [the code](https://github.com/x/tangent).\n")
                .paper("policies", """
                        title: Policy Gradients for Kernel Machines
                        authors: [Ada Lovelace, Grace Hopper]
                        abstract: A tangent to reinforcement learning.
                        themes: [rl]
                        """)
                .paper("hidden", "title: A Draft About Kernels\ndraft: true\n")
                .paper("later", "title: Later Work\nabstract: Nothing in common.\n")
                .digest("2024-05-01", "kernels", "policies")
                .digest("2024-05-02", "later", "hidden");
    }

    @Test
    void indexHoldsEveryPublishedPaperNewestFirstAndNoDraft() throws Exception {
        TestSite site = site();
        site.build();
        Index index = Index.read(site);

        assertEquals(List.of("policies", "kernels", "later"), index.slugs(), "oldest first");
        JsonNode kernels = index.paper(1);
        assertEquals("Neural Tangent Kernels", kernels.get(1).asText());
        assertEquals("DeepMind", kernels.get(2).asText());
        assertEquals("Optimization", kernels.get(3).asText());
        assertEquals("1 May 2024", kernels.get(4).asText());
        assertEquals("../papers/{slug}/", index.paperPath);
    }

    @Test
    void eachFieldListsItsWordsWithThePapersHoldingThem() throws Exception {
        TestSite site = site();
        site.build();
        Index index = Index.read(site);

        assertEquals(List.of(1), index.papers("title", "kernels"));
        assertEquals(List.of(0), index.papers("title", "kernel"), "words are whole: the reader's are prefixes");
        assertEquals(List.of(1), index.papers("authors", "deepmind"), "the posting organisation counts as an author");
        assertEquals(List.of(0), index.papers("authors", "hopper"));
        assertEquals("Ada Lovelace, Grace Hopper", index.paper(0).get(2).asText());
        assertEquals(List.of(0), index.papers("themes", "reinforcement"));
        assertEquals(List.of(1), index.papers("abstract", "wide"));
        assertEquals(List.of(0), index.papers("abstract", "tangent"));
        assertEquals(List.of(1), index.papers("notes", "schrodinger"), "accents are dropped");
        assertEquals(List.of(1), index.papers("notes", "code"));
        assertEquals(List.of(), index.papers("notes", "github"), "link targets are not words of the notes");
        assertEquals(List.of(), index.papers("abstract", "the"), "common words are left out");
        assertTrue(List.of(index.manifest.get(1).asText().split(" ")).contains("the"));
    }

    @Test
    void hostileTitlesStayDataInTheScript() throws Exception {
        String title = "</script><script>alert(1)</script> \"); alert(2); (\" \\ line\u2028break Ünïcode";
        TestSite site = TestSite.in(root)
                .paper("hostile", "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n")
                .digest("2024-05-01", "hostile");
        site.build();

        assertTrue(site.read("search/papers-0.js").chars().allMatch(c -> c < 0x80), "the script is ASCII");
        assertEquals(title, Index.read(site).paper(0).get(1).asText());
        assertEquals(List.of(0), Index.read(site).papers("title", "unicode"));
    }

    @Test
    void idsFarApartAreWrittenWithSeveralDigits() throws Exception {
        TestSite site = TestSite.in(root);
        String[] slugs = new String[70];
        for (int i = 0; i < slugs.length; i++) {
            slugs[i] = "p" + i;
            site.paper(slugs[i], "title: Paper " + i + (i % 69 == 0 ? " about sparsity" : "") + "\n");
        }
        site.digest("2024-05-01", slugs).build();

        assertEquals(List.of(0, 69), Index.read(site).papers("title", "sparsity"));
        assertEquals(List.of(69 - 57), Index.read(site).papers("title", "57"));
    }

    @Test
    void rebuildWritesTheSameBytesAndLeavesAnUnchangedIndexAlone() throws Exception {
        TestSite site = site();
        site.build();
        Path file = site.out().resolve("search/papers-0.js");
        byte[] first = Files.readAllBytes(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        Files.delete(BuildCache.location(site.out()));

        site.build();

        assertArrayEquals(first, Files.readAllBytes(file));
        assertEquals(0, Files.getLastModifiedTime(file).toMillis(), "an unchanged index is not written again");
        site.paper("later", "title: Later Work\nabstract: Now about kernels.\n");
        site.build();
        assertEquals(List.of(2), Index.read(site).papers("abstract", "kernels"));
    }

    @Test
    void searchPageExplainsAndLinksTheArchiveAndEveryTheme() throws Exception {
        TestSite site = site();
        site.build();
        Document home = Jsoup.parse(site.read("index.html"));
        Document search = Jsoup.parse(site.read("search/index.html"));

        assertEquals("search/", home.selectFirst("form[role=search]").attr("action"));
        assertEquals("q", home.selectFirst("form[role=search] input[type=search]").attr("name"));
        assertTrue(search.selectFirst("#search-heading").text().contains("JavaScript"));
        assertEquals(List.of("../archive/", "../themes/", "../themes/optimization/", "../themes/rl/"),
                search.select("main section a").eachAttr("href"));
        assertFalse(site.read("sitemap.xml").contains("search"), "the search page is not content to index");
    }

    /** search/index.js and the shards it names, parsed; ids count from the first paper of the first shard. */
    private record Index(String paperPath, JsonNode manifest, List<JsonNode> shards) {
        static Index read(TestSite site) throws Exception {
            Matcher index = INDEX.matcher(site.read("search/index.js"));
            assertTrue(index.matches(), "search/index.js is one call of paperboySearch.index");
            JsonNode manifest = JSON.readTree("[" + index.group(1) + "]");
            List<JsonNode> shards = new ArrayList<>();
            String paperPath = null;
            for (JsonNode shard : manifest.get(0)) {
                Matcher script = SHARD.matcher(site.read("search/" + shard.asText()));
                assertTrue(script.matches(), shard + " is one call of paperboySearch.load");
                paperPath = script.group(1);
                shards.add(JSON.readTree(script.group(2)));
            }
            return new Index(paperPath, manifest, shards);
        }

        JsonNode paper(int id) {
            for (JsonNode shard : shards) {
                int local = id - shard.get("first").asInt();
                if (local >= 0 && local < shard.get("papers").size()) {
                    return shard.get("papers").get(local);
                }
            }
            throw new AssertionError("no paper " + id);
        }

        List<String> slugs() {
            List<String> slugs = new ArrayList<>();
            shards.forEach(shard -> shard.get("papers").forEach(paper -> slugs.add(paper.get(0).asText())));
            return slugs;
        }

        /** The ids of the papers whose field holds the word, from each shard's word list and encoded ids. */
        List<Integer> papers(String field, String word) {
            List<Integer> papers = new ArrayList<>();
            for (JsonNode shard : shards) {
                JsonNode pair = shard.get("fields").get(FIELDS.indexOf(field));
                Map<String, String> ids = new TreeMap<>();
                String[] words = pair.get(0).asText().split(" ");
                String[] encoded = pair.get(1).asText().split(" ");
                assertEquals(words.length, encoded.length, field);
                for (int i = 0; i < words.length; i++) {
                    ids.put(words[i], encoded[i]);
                }
                assertEquals(List.copyOf(ids.keySet()), List.of(words), field + " words are sorted");
                if (ids.containsKey(word)) {
                    decode(ids.get(word)).forEach(id -> papers.add(shard.get("first").asInt() + id));
                }
            }
            return papers;
        }

        private static List<Integer> decode(String text) {
            List<Integer> ids = new ArrayList<>();
            int id = -1;
            int value = 0;
            for (char c : text.toCharArray()) {
                int digit = DIGITS.indexOf(c);
                value = value * 32 + digit % 32;
                if (digit < 32) {
                    id += value + 1;
                    ids.add(id);
                    value = 0;
                }
            }
            return ids;
        }
    }
}
