package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.content.Paper;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.RelatedPapersFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps the last build's related-paper lists while the finder, the config and the text it reads of every
 * paper are unchanged, and asks the finder again as soon as one of them changes.
 */
class RelatedListsCacheTest {
    @TempDir
    Path root;
    private TestSite site;

    @BeforeEach
    void site() {
        site = BuildCacheTest.threePapers(root);
    }

    @Test
    void editsThatLeaveEveryPapersTextAloneKeepTheLists() throws Exception {
        CountingFinder finder = new CountingFinder(Optional.of("counting"));
        build(finder);
        site.paper("alpha", "title: Alpha\nthemes: [rl, optimization]\nupvotes: 12", "Alpha *notes*.")
                .digest("2024-05-01", "beta", "alpha")
                .file("templates/partials/unused.ftlh", "<#-- not used by any page -->");
        build(finder);
        assertEquals(1, finder.calls);
        Path clean = root.resolve("clean");
        new SiteBuilder(new CountingFinder(Optional.of("counting")), "v1")
                .build(site.options().withOutDir(clean), new Diagnostics());
        assertEquals(BuildCacheTest.tree(clean), BuildCacheTest.tree(site.out()));
    }

    @Test
    void aChangedTextOrConfigAsksTheFinderAgain() throws Exception {
        CountingFinder finder = new CountingFinder(Optional.of("counting"));
        build(finder);
        site.paper("beta", "title: Beta\nthemes: [optimization]", "Beta **notes**, edited.");
        build(finder);
        site.file("content/site.yaml", "title: Test site\nbase_url: https://example.org/sub/\nrelated_papers: 1\n"
                + TestSite.THEMES);
        build(finder);
        assertEquals(3, finder.calls);
    }

    @Test
    void aFinderWithoutACacheNameIsAskedEveryBuild() throws Exception {
        CountingFinder finder = new CountingFinder(Optional.empty());
        build(finder);
        build(finder);
        assertEquals(2, finder.calls);
    }

    @Test
    void aFinderOfAnotherNameIsAskedAgain() throws Exception {
        build(new CountingFinder(Optional.of("counting")));
        CountingFinder other = new CountingFinder(Optional.of("other"));
        build(other);
        assertEquals(1, other.calls);
    }

    @Test
    void listsAreLoadedAsTheyWereSaved() throws Exception {
        build(new CountingFinder(Optional.of("counting")));
        byte[] key = new byte[ViewDigest.BYTES];
        Map<String, List<String>> lists = Map.of("a", List.of("c", "unpublished"), "b", List.of(), "c",
                List.of("a"));
        BuildCache.load(site.out(), "v1").save(Map.of(),
                Optional.of(new BuildCache.KeptLists(key, new RelatedPaperLists(lists))), Map.of());
        BuildCache loaded = BuildCache.load(site.out(), "v1");
        assertEquals(new TreeMap<>(lists), new TreeMap<>(loaded.related(key).orElseThrow().asMap()));
        assertEquals(Optional.empty(), loaded.related(new byte[] {1}));
    }

    private void build(RelatedPapersFinder finder) throws Exception {
        new SiteBuilder(finder, "v1").build(site.options(), new Diagnostics());
    }

    /** Lists every other paper, counting its calls; reads of a paper what the default finder reads. */
    private static final class CountingFinder implements RelatedPapersFinder {
        private final Optional<String> name;
        private int calls;

        CountingFinder(Optional<String> name) {
            this.name = name;
        }

        @Override
        public Map<String, List<String>> find(List<Paper> papers, SiteConfig config) {
            calls++;
            Map<String, List<String>> lists = new TreeMap<>();
            papers.forEach(paper -> lists.put(paper.slug(), papers.stream().map(Paper::slug)
                    .filter(slug -> !slug.equals(paper.slug())).limit(config.relatedPapers()).toList()));
            return lists;
        }

        @Override
        public Object readsOf(Paper paper) {
            return BY_TEXT.readsOf(paper);
        }

        @Override
        public Optional<String> cacheName() {
            return name;
        }
    }
}
