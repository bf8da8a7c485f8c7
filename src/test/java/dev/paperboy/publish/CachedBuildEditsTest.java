package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build cache's promise under the edits a curator makes, in random order from fixed seeds: after every edit a
 * cached build writes the very files a clean build writes, and the build after it renders nothing. Related papers
 * are on, so their cached lists are tested too; notes repeat across papers and some are blank, which is where
 * cached Markdown renders once gave pages unstable keys.
 */
class CachedBuildEditsTest {
    private static final int EDITS = 12;
    private static final List<String> NOTES = List.of("", "  \n", "Shared *note* about policy gradients.\n",
            "Shared *note* about policy gradients.\n", "| method | score |\n|---|---|\n| ours | 1 |\n",
            "## Method\n\nA heading makes Flexmark render it.\n", "Notes on optimization and learning rates.\n",
            "Plain words about reinforcement learning agents.\n");
    private static final List<String> WORDS = List.of("policy", "gradient", "optimizer", "adam", "reward",
            "agent", "loss", "convergence", "transformer", "scaling");
    private static final List<String> DATES = List.of("2024-05-01", "2024-05-02", "2024-05-03");

    @TempDir
    Path root;

    /** What the site's files say; each edit changes it and rewrites the files it touched. */
    private final Map<String, Paper> papers = new TreeMap<>();
    private final Map<String, Digest> digests = new TreeMap<>();
    private TestSite site;
    private Random random;
    private int nextPaper;

    private static final class Paper {
        String title;
        String abstractText;
        List<String> themes = new ArrayList<>();
        Integer upvotes;
        boolean draft;
        String notes = "";
    }

    private static final class Digest {
        List<String> papers = new ArrayList<>();
        String intro = "";
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyCachedBuildWritesWhatACleanBuildWritesAndTheNextRendersNothing(long seed) throws Exception {
        random = new Random(seed);
        site = TestSite.in(root.resolve("site"));
        for (int i = 0; i < 6; i++) {
            addPaper();
        }
        build();
        List<String> done = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            done.add(edit());
            String step = "seed " + seed + " after " + done;
            build();
            Path clean = root.resolve("clean-" + i);
            cachedBuilder().build(site.options().withOutDir(clean), new Diagnostics());
            assertEquals(BuildCacheTest.tree(clean), BuildCacheTest.tree(site.out()), step);
            assertEquals("none rendered (every page came from the build cache)", build().templates().summary(),
                    step);
        }
    }

    private String edit() throws IOException {
        List<String> slugs = new ArrayList<>(papers.keySet());
        String slug = slugs.get(random.nextInt(slugs.size()));
        Paper paper = papers.get(slug);
        switch (random.nextInt(9)) {
            case 0 -> paper.notes = pick(NOTES);
            case 1 -> paper.notes = sentence() + "\n";
            case 2 -> paper.title = "Paper on " + sentence();
            case 3 -> paper.themes = pick(List.of(List.of(), List.of("rl"), List.of("optimization"),
                    List.of("optimization", "rl")));
            case 4 -> paper.upvotes = random.nextBoolean() ? null : random.nextInt(100);
            case 5 -> paper.draft = !paper.draft;
            case 6 -> {
                Digest digest = digests.get(pick(DATES));
                digest.intro = random.nextBoolean() ? "" : "An intro: " + sentence() + "\n";
                writeDigests();
                return "intro";
            }
            case 7 -> {
                digests.values().forEach(digest -> digest.papers.remove(slug));
                List<String> into = digests.get(pick(DATES)).papers;
                into.add(random.nextInt(into.size() + 1), slug);
                writeDigests();
                return "move " + slug;
            }
            default -> {
                if (papers.size() > 3 && random.nextBoolean()) {
                    papers.remove(slug);
                    digests.values().forEach(digest -> digest.papers.remove(slug));
                    Files.delete(site.root().resolve("content/papers/" + slug + ".md"));
                    writeDigests();
                    return "delete " + slug;
                }
                return "add " + addPaper();
            }
        }
        writePaper(slug);
        return "edit " + slug;
    }

    private String addPaper() throws IOException {
        String slug = "paper-" + nextPaper++;
        Paper paper = new Paper();
        paper.title = "Paper on " + sentence();
        paper.abstractText = "An abstract about " + sentence();
        paper.notes = pick(NOTES);
        paper.themes = new ArrayList<>(List.of(pick(List.of("rl", "optimization"))));
        papers.put(slug, paper);
        writePaper(slug);
        digests.computeIfAbsent(pick(DATES), date -> new Digest()).papers.add(slug);
        DATES.forEach(date -> digests.computeIfAbsent(date, absent -> new Digest()));
        writeDigests();
        return slug;
    }

    private void writePaper(String slug) {
        Paper paper = papers.get(slug);
        StringBuilder yaml = new StringBuilder("title: ").append(paper.title)
                .append("\nabstract: ").append(paper.abstractText)
                .append("\nthemes: [").append(String.join(", ", paper.themes)).append(']');
        if (paper.upvotes != null) {
            yaml.append("\nupvotes: ").append(paper.upvotes);
        }
        if (paper.draft) {
            yaml.append("\ndraft: true");
        }
        site.paper(slug, yaml.toString(), paper.notes);
    }

    private void writeDigests() {
        digests.forEach((date, digest) -> site.file("content/digests/" + date + ".md",
                "---\npapers: [" + String.join(", ", digest.papers) + "]\n---\n" + digest.intro));
    }

    private BuildResult build() throws IOException, StageFailedException {
        return cachedBuilder().build(site.options(), new Diagnostics());
    }

    private static SiteBuilder cachedBuilder() {
        return new SiteBuilder(RelatedPapersFinder.BY_TEXT, "v1");
    }

    private String sentence() {
        StringBuilder words = new StringBuilder(pick(WORDS));
        for (int i = random.nextInt(4); i > 0; i--) {
            words.append(' ').append(pick(WORDS));
        }
        return words.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
