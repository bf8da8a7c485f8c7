package dev.paperboy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveSiteTest {
    @TempDir
    Path temp;

    private TestSite site;
    private ServeOutput output;
    private LiveSite live;
    private final QueuedBackground background = new QueuedBackground();

    @BeforeEach
    void buildASmallSite() throws IOException {
        site = TestSite.in(temp)
                .paper("a", "title: Paper A\nthemes: [optimization]", "Notes on **A**.\n")
                .paper("b", "title: Paper B\nthemes: [rl]")
                .paper("c", "title: Paper C")
                .digest("2024-01-01", "a", "b")
                .digest("2024-02-01", "c");
        output = new ServeOutput(temp.resolve(ServeOptions.OUTPUT));
        live = new LiveSite(new dev.paperboy.content.SiteLayout(temp), output, false, TestSite.CLOCK,
                RelatedPapersFinder.BY_TEXT, background, background);
        assertInstanceOf(Rebuild.Done.class, live.buildAll());
    }

    private Rebuild refresh(String... changed) throws IOException {
        Set<Path> paths = Set.of(List.of(changed).stream().map(temp::resolve).toArray(Path[]::new));
        return live.refresh(paths).orElseThrow();
    }

    /** Once the related lists are exact again. */
    private void assertSameAsFullBuild(String step) throws Exception {
        background.runAll();
        site.build();
        OutputTrees.assertSameFiles(site.out(), output.root(), step);
    }

    @Test
    void incrementalRebuildsWriteWhatAFullBuildWrites() throws Exception {
        assertSameAsFullBuild("first build");

        site.paper("a", "title: Paper A, retitled\nthemes: [optimization, rl]", "New notes.\n");
        refresh("content/papers/a.md");
        assertSameAsFullBuild("edit a paper");

        site.paper("d", "title: Paper D\nthemes: [rl]").digest("2024-02-01", "d", "c");
        refresh("content/papers/d.md", "content/digests/2024-02-01.md");
        assertSameAsFullBuild("add a paper to a digest");

        site.digest("2024-01-01", "a");
        Files.delete(temp.resolve("content/papers/b.md"));
        refresh("content/papers/b.md", "content/digests/2024-01-01.md");
        assertSameAsFullBuild("delete a paper");

        site.digest("2024-03-01", "b2").paper("b2", "title: Paper B2");
        refresh("content/digests/2024-03-01.md", "content/papers/b2.md");
        assertSameAsFullBuild("add a digest");

        Files.delete(temp.resolve("content/digests/2024-03-01.md"));
        refresh("content/digests/2024-03-01.md");
        assertSameAsFullBuild("delete a digest");

        site.file("content/site.yaml", "title: Renamed site\nbase_url: https://example.org/sub/\n" + TestSite.THEMES);
        refresh("content/site.yaml");
        assertSameAsFullBuild("edit site.yaml");

        site.file("templates/partials/paper-card.ftlh", Files.readString(Path.of("templates/partials/paper-card.ftlh"),
                StandardCharsets.UTF_8) + "<#-- edited -->\n<#macro extra></#macro>\n");
        refresh("templates/partials/paper-card.ftlh");
        assertSameAsFullBuild("override a partial");

        site.file("templates/assets/style.css", "body { color: black; }\n");
        refresh("templates/assets/style.css");
        assertSameAsFullBuild("override the style sheet");
    }

    /** Rebuilds after these files changed, and compares the output with a full build's. */
    private void assertRefreshLikeAFullBuild(String step, String... changed) throws Exception {
        assertInstanceOf(Rebuild.Done.class, refresh(changed), step);
        assertSameAsFullBuild(step);
    }

    @Test
    void everyKindOfContentEditWritesWhatAFullBuildWrites() throws Exception {
        site.paper("d", "title: Paper D\nthemes: [rl]").digest("2024-01-01", "a", "b", "d");
        assertRefreshLikeAFullBuild("a paper added to a digest", "content/papers/d.md",
                "content/digests/2024-01-01.md");
        site.paper("b", "title: Paper B, a new title\nthemes: [rl]");
        assertRefreshLikeAFullBuild("a title edit", "content/papers/b.md");
        site.paper("a", "title: Paper A\nthemes: [rl, optimization]", "Notes on **A**.\n");
        assertRefreshLikeAFullBuild("a theme edit that moves a paper down its digest", "content/papers/a.md");
        site.file("content/digests/2024-01-01.md", "---\ntitle: New year\npapers: [d, b, a]\n---\nAn intro.\n");
        assertRefreshLikeAFullBuild("a digest reordered, titled and introduced", "content/digests/2024-01-01.md");
        site.paper("b", "title: Paper B, a new title\nthemes: [rl]\ndraft: true");
        assertRefreshLikeAFullBuild("a paper made a draft", "content/papers/b.md");
        site.paper("b", "title: Paper B, a new title\nthemes: [rl]");
        assertRefreshLikeAFullBuild("a draft published", "content/papers/b.md");
        site.file("content/digests/2024-02-01.md", "---\npapers: [c]\ndraft: true\n---\n");
        assertRefreshLikeAFullBuild("a digest made a draft", "content/digests/2024-02-01.md");
        site.digest("2024-01-01", "d", "a");
        Files.delete(temp.resolve("content/papers/b.md"));
        assertRefreshLikeAFullBuild("a paper deleted", "content/papers/b.md", "content/digests/2024-01-01.md");
    }

    @Test
    void rendersOnlyThePagesThatShowTheEditedPaper() throws Exception {
        site.paper("c", "title: Paper C", "A note on C.\n");
        Rebuild.Done done = assertInstanceOf(Rebuild.Done.class, refresh("content/papers/c.md"));
        assertTrue(done.changedUrls().contains("/papers/c/"), done.changedUrls().toString());
        assertTrue(done.changedUrls().contains("/digests/2024-02-01/"), done.changedUrls().toString());
        assertTrue(!done.changedUrls().contains("/papers/a/") && !done.changedUrls().contains("/digests/2024-01-01/"),
                done.changedUrls().toString());
        // c's page, its digest, home, the feeds, the themes index and the sitemap; not a's or b's pages
        assertTrue(done.rendered() <= done.files() - 5, done.rendered() + " of " + done.files());
    }

    @Test
    void aChangeToFilesNoBuildReadsIsIgnored() throws Exception {
        site.file("content/listings/2024.txt", "anything");
        assertTrue(live.refresh(Set.of(temp.resolve("content/listings/2024.txt"))).isEmpty());
    }

    @Test
    void filesNotesShowAreCopiedAgainWhenTheyChangeAndALinkToAPageGoneFails() throws Exception {
        Files.createDirectories(temp.resolve("content/papers/a"));
        site.file("content/papers/a/fig.svg", "<svg>1</svg>")
                .paper("a", "title: Paper A\nthemes: [optimization]", "![fig](a/fig.svg) and [B](b.md).\n");
        assertInstanceOf(Rebuild.Done.class, refresh("content/papers/a.md", "content/papers/a/fig.svg"));
        assertSameAsFullBuild("a note shows a figure");

        site.file("content/papers/a/fig.svg", "<svg>2</svg>");
        Rebuild.Done done = assertInstanceOf(Rebuild.Done.class, refresh("content/papers/a/fig.svg"));
        assertEquals(List.of("/files/papers/a/fig.svg"), done.changedUrls());
        assertSameAsFullBuild("the figure changed");

        site.digest("2024-01-01", "a");
        Rebuild.Failed failed = assertInstanceOf(Rebuild.Failed.class, refresh("content/digests/2024-01-01.md"));
        assertTrue(failed.errors().get(0).startsWith("content/papers/a.md:5: error: link \"b.md\" points to "
                + "papers/b/index.html, which the site does not have"), failed.errors().toString());

        site.paper("a", "title: Paper A\nthemes: [optimization]", "No figure now.\n");
        assertInstanceOf(Rebuild.Done.class, refresh("content/papers/a.md"));
        assertFalse(Files.exists(output.root().resolve("files/papers/a/fig.svg")), "a file no note shows is gone");
        assertSameAsFullBuild("the link removed");
    }

    @Test
    void brokenFrontMatterFailsWithTheFileAndLineAndTheFixRecovers() throws Exception {
        site.file("content/papers/a.md", "---\ntitle: [unclosed\n");
        Rebuild.Failed failed = assertInstanceOf(Rebuild.Failed.class, refresh("content/papers/a.md"));
        assertTrue(failed.errors().get(0).startsWith("content/papers/a.md:1:"), failed.errors().toString());

        site.paper("b", "title: Paper B, edited while a was broken\nthemes: [rl]");
        assertInstanceOf(Rebuild.Failed.class, refresh("content/papers/b.md"));

        site.paper("a", "title: Paper A fixed\nthemes: [optimization]");
        assertInstanceOf(Rebuild.Done.class, refresh("content/papers/a.md"));
        assertSameAsFullBuild("after the fix");
    }

    @Test
    void aTemplateErrorFailsAndTheFixRecovers() throws Exception {
        site.file("templates/paper.ftlh", "<#import \"layout.ftlh\" as layout>${page.nope.title}");
        Rebuild.Failed failed = assertInstanceOf(Rebuild.Failed.class, refresh("templates/paper.ftlh"));
        assertTrue(failed.errors().get(0).startsWith("templates/paper.ftlh:1:"), failed.errors().toString());

        Files.delete(temp.resolve("templates/paper.ftlh"));
        assertInstanceOf(Rebuild.Done.class, refresh("templates/paper.ftlh"));
        assertSameAsFullBuild("after the fix");
    }

    private static final String PAPER_A =
            "title: Policy gradients for agents\nabstract: Reinforcement learning agents with reward shaping";

    @Test
    void pagesWrittenByAFailedRenderAreRenderedAgainWhenTheEditIsUndone() throws Exception {
        site.file("templates/paper.ftlh", "<#if page.notes.text?contains(\"BOOM\")>${nope}</#if>"
                + Files.readString(Path.of("templates/paper.ftlh"), StandardCharsets.UTF_8));
        refresh("templates/paper.ftlh");
        site.paper("c", "title: Paper C", "BOOM\n");
        assertInstanceOf(Rebuild.Failed.class, refresh("content/papers/c.md"));
        assertTrue(Files.readString(output.root().resolve("digests/2024-02-01/index.html"), StandardCharsets.UTF_8)
                .contains("BOOM"), "the digest page showing the note excerpt was written");

        site.paper("c", "title: Paper C");
        assertInstanceOf(Rebuild.Done.class, refresh("content/papers/c.md"));
        assertSameAsFullBuild("after undoing the edit");
    }

    /** Papers about two topics, so the related lists of a and c follow their text. */
    private void writeRelatedPapers() throws Exception {
        site.paper("a", PAPER_A)
                .paper("b", "title: Reward shaping for agents\nabstract: Policy gradients and reinforcement learning")
                .paper("c", "title: Graph networks\nabstract: Message passing over molecular graphs")
                .paper("d", "title: Molecular message passing\nabstract: Graph networks for molecules")
                .digest("2024-02-01", "c", "d");
        refresh("content/papers/a.md", "content/papers/b.md", "content/papers/c.md", "content/papers/d.md",
                "content/digests/2024-02-01.md");
        assertSameAsFullBuild("related papers");
    }

    private Rebuild editNotesOfA(String notes) throws IOException {
        site.paper("a", PAPER_A, notes);
        return refresh("content/papers/a.md");
    }

    private String relatedOf(String slug) throws IOException {
        String page = Files.readString(output.root().resolve("papers/" + slug + "/index.html"), StandardCharsets.UTF_8);
        return Jsoup.parse(page).select("section[aria-labelledby=related] a").eachText().toString();
    }

    @Test
    void relatedListsMadeStaleByATextEditBecomeExactInAFollowUpRebuild() throws Exception {
        writeRelatedPapers();
        assertEquals("[Reward shaping for agents]", relatedOf("a"));

        Rebuild.Done stale = assertInstanceOf(Rebuild.Done.class,
                editNotesOfA("Really about message passing over molecular graphs: graph networks, molecules.\n"));
        assertTrue(stale.relatedPending());
        assertEquals("[Reward shaping for agents]", relatedOf("a"), "the last exact lists, until the exact ones");

        List<Rebuild> followups = background.runAll();
        Rebuild.Done exact = assertInstanceOf(Rebuild.Done.class, followups.get(0));
        assertEquals(1, followups.size());
        assertFalse(exact.relatedPending());
        assertTrue(exact.changedUrls().contains("/papers/a/"), exact.changedUrls().toString());
        assertTrue(relatedOf("a").contains("Graph networks"), relatedOf("a"));
        assertSameAsFullBuild("after the follow-up");
    }

    @Test
    void anEditThatChangesNoPaperTextKeepsTheRelatedListsExact() throws Exception {
        writeRelatedPapers();
        site.paper("a", PAPER_A + "\nthemes: [rl]");
        Rebuild.Done done = assertInstanceOf(Rebuild.Done.class, refresh("content/papers/a.md"));
        assertFalse(done.relatedPending());
        assertEquals(0, background.queuedTasks());
        assertSameAsFullBuild("themes edited");
    }

    @Test
    void aComputationSupersededByALaterSaveIsNeverShown() throws Exception {
        writeRelatedPapers();
        editNotesOfA("Graphs.\n");
        background.runTask(); // computed, its follow-up not run yet

        site.paper("c", "title: Graph networks\nabstract: Message passing over molecular graphs", "Agents.\n");
        refresh("content/papers/c.md");
        assertEquals(Optional.empty(), background.runFollowup(), "the first computation is superseded");
        List<Rebuild> followups = background.runAll();
        assertEquals(1, followups.size());
        assertSameAsFullBuild("after two text edits");
    }

    @Test
    void aFailedRebuildDropsThePendingComputationAndTheFixComputesAgain() throws Exception {
        writeRelatedPapers();
        editNotesOfA("Graphs.\n");
        site.file("content/papers/b.md", "---\ntitle: [unclosed\n");
        assertInstanceOf(Rebuild.Failed.class, refresh("content/papers/b.md"));
        assertEquals(List.of(), background.runAll(), "nothing is shown over the error page");

        site.paper("b", "title: Reward shaping for agents\nabstract: Policy gradients and reinforcement learning");
        Rebuild.Done fixed = assertInstanceOf(Rebuild.Done.class, refresh("content/papers/b.md"));
        assertTrue(fixed.relatedPending());
        assertSameAsFullBuild("after the fix");
    }
}
