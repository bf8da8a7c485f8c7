package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache: a cached build writes the same bytes as a clean one, skips pages whose inputs did not change,
 * and trusts no page after a change of the tool, of site.yaml's values or of a template it may include. A page is proven skipped by overwriting its file
 * with junk of the same size: only a build that renders it again puts the right bytes back.
 */
class BuildCacheTest {
    private static final String UNTOUCHED = "papers/beta/index.html";

    @TempDir
    Path root;
    private TestSite site;

    @BeforeEach
    void site() {
        site = threePapers(root);
    }

    /** Papers alpha and beta in the digest of 2024-05-01, gamma in that of 2024-05-02. */
    static TestSite threePapers(Path root) {
        return TestSite.in(root)
                .paper("alpha", "title: Alpha\nthemes: [rl]", "Alpha *notes*.")
                .paper("beta", "title: Beta\nthemes: [optimization]", "Beta **notes**.")
                .paper("gamma", "title: Gamma", "Gamma notes.")
                .digest("2024-05-01", "alpha", "beta")
                .digest("2024-05-02", "gamma");
    }

    @Test
    void cachedBuildAfterAnEditWritesTheSameBytesAsACleanBuild() throws Exception {
        build("v1");
        site.paper("alpha", "title: Alpha edited\nthemes: [rl, optimization]", "Alpha *new* notes.");
        build("v1");
        Path clean = root.resolve("clean");
        new SiteBuilder(RelatedPapersFinder.NONE, "v1").build(site.options().withOutDir(clean), new Diagnostics());
        assertEquals(tree(clean), tree(site.out()));
    }

    @Test
    void afterEditingOnePaperOnlyItsPagesAreRenderedAndWritten() throws Exception {
        build("v1");
        String before = junk(UNTOUCHED);
        site.paper("alpha", "title: Alpha\nthemes: [rl]", "Alpha *edited* notes.");
        BuildResult result = build("v1");
        assertEquals(before, site.read(UNTOUCHED), "an unaffected page must not be rendered again");
        assertNotEquals(0, result.changed());
        assertEquals(true, site.read("papers/alpha/index.html").contains("<em>edited</em>"));
        assertEquals(true, result.changed() < result.files() / 2, result.changed() + " of " + result.files());
    }

    @Test
    void keepsOnlyRendersThatAreDearerToMakeThanToLoad() throws Exception {
        site.paper("gamma", "title: Gamma", "## Method\n\nGamma notes.");
        build("v1");
        Map<String, String> held = new TreeMap<>();
        BuildCache.load(site.out(), "v1").notes().values().stream().filter(html -> !html.html().isEmpty())
                .forEach(html -> held.put(html.text(), html.html()));
        assertEquals(1, held.size(), "only the heading needs Flexmark: " + held);
        assertEquals(true, held.get("Gamma notes.").contains("Method</a></h3>"), held.toString());
        build("v1");
        assertEquals(true, site.read("papers/alpha/index.html").contains("Alpha <em>notes</em>."));
    }

    @Test
    void aTemplateChangeRendersEveryPage() throws Exception {
        build("v1");
        String junk = junk(UNTOUCHED);
        site.file("templates/partials/unused.ftlh", "<#-- not used by any page -->");
        build("v1");
        assertNotEquals(junk, site.read(UNTOUCHED));
    }

    @Test
    void aPageTemplateChangeRendersOnlyThePagesMadeWithIt() throws Exception {
        String digestTemplate = Files.readString(Path.of("templates/digest.ftlh"));
        site.file("templates/digest.ftlh", digestTemplate);
        build("v1");
        String paperJunk = junk(UNTOUCHED);
        String digestJunk = junk("digests/2024-05-01/index.html");
        site.file("templates/digest.ftlh", "<#-- edited -->\n" + digestTemplate);
        build("v1");
        assertEquals(paperJunk, site.read(UNTOUCHED));
        assertNotEquals(digestJunk, site.read("digests/2024-05-01/index.html"));
    }

    @Test
    void aSiteYamlChangeRendersEveryPage() throws Exception {
        assertTrue(siteYamlRendersAgain("title: Another title\nbase_url: https://example.org/sub/\n"));
    }

    @Test
    void aSiteYamlEditThatChangesNoValueRendersNoPage() throws Exception {
        assertFalse(siteYamlRendersAgain("# a comment\ntitle: Test site\nbase_url: https://example.org/sub/\n"));
    }

    /** Whether writing site.yaml with {@code head} (and the test themes) renders an unaffected page again. */
    private boolean siteYamlRendersAgain(String head) throws Exception {
        build("v1");
        String junk = junk(UNTOUCHED);
        site.file("content/site.yaml", head + TestSite.THEMES);
        build("v1");
        return !junk.equals(site.read(UNTOUCHED));
    }

    @Test
    void anotherToolVersionRendersEveryPage() throws Exception {
        build("v1");
        String junk = junk(UNTOUCHED);
        build("v2");
        assertNotEquals(junk, site.read(UNTOUCHED));
    }

    @Test
    void aCorruptCacheFileOnlyCostsAFullRender() throws Exception {
        build("v1");
        String junk = junk(UNTOUCHED);
        Files.writeString(BuildCache.location(site.out()), "not a cache");
        build("v1");
        assertNotEquals(junk, site.read(UNTOUCHED));
    }

    private BuildResult build(String tool) throws IOException, StageFailedException {
        return new SiteBuilder(RelatedPapersFinder.NONE, tool).build(site.options(), new Diagnostics());
    }

    /** Overwrites an output file with as many other bytes, as if something else had changed it. */
    private String junk(String path) throws IOException {
        Path file = site.out().resolve(path);
        String junk = "x".repeat((int) Files.size(file));
        Files.writeString(file, junk, StandardCharsets.UTF_8);
        return junk;
    }

    /** Every file under {@code folder} by relative path, read as text. */
    static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
