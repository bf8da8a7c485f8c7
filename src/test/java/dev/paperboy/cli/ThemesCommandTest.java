package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.content.Content;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.Paper;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesCommandTest {
    private static final String LISTING = """
            Daily Papers

            Nov 13

            Scaling Laws for Transformers

            We fit power laws to the loss of transformer language models as they scale.

              • 4 authors
            ·
            Jun 12 3

            Offline RL Without Rewards

            A reinforcement learning method that learns a policy from logged trajectories.

              • 2 authors
            ·
            Jun 10

            Soccer Betting Markets

            We study the odds of football matches.

              • 1 authors
            ·
            Jun 9
            """;

    @TempDir
    Path site;

    @BeforeEach
    void importAListingIntoASiteWithATaxonomy() throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/site.yaml"), """
                title: T
                themes:
                  - slug: scaling
                    name: Scaling laws
                    keywords: [scaling law, power law]
                  - slug: transformers
                    name: Transformers
                    keywords: [transformer, attention]
                  - slug: rl
                    name: Reinforcement learning
                    keywords: [reinforcement learning, RL, policy]
                """);
        Files.writeString(site.resolve("listing.txt"), LISTING);
        CliRun run = CliRun.of("import", "-C", site.toString(), "--year", "2025", "listing.txt");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/papers/soccer-betting-markets.md:1: warning: matched no theme"),
                run.err());
    }

    private Map<String, Paper> papers() {
        Diagnostics diagnostics = new Diagnostics();
        Content content = ContentStore.read(new YamlReader(), new SiteLayout(site), diagnostics);
        assertEquals(List.of(), diagnostics.formatted());
        return content.papers().stream().collect(Collectors.toMap(Paper::slug, Function.identity()));
    }

    private void replaceInPaper(String slug, String from, String to) throws IOException {
        Path file = site.resolve("content/papers/" + slug + ".md");
        String text = Files.readString(file);
        assertTrue(text.contains(from), text);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void importAssignsThemesToNewPapersBestFirst() {
        Map<String, Paper> papers = papers();
        assertEquals(List.of("scaling", "transformers"), papers.get("scaling-laws-for-transformers").themes());
        assertEquals(List.of("rl"), papers.get("offline-rl-without-rewards").themes());
        assertEquals(List.of(), papers.get("soccer-betting-markets").themes());
    }

    @Test
    void curatorsThemesSurviveReimportAndAssign() throws IOException {
        replaceInPaper("offline-rl-without-rewards", "themes:\n  - rl\n", "themes: [transformers] # my call\n");
        String edited = Files.readString(site.resolve("content/papers/offline-rl-without-rewards.md"));

        assertEquals(0, CliRun.of("import", "-C", site.toString(), "--year", "2025", "listing.txt").exitCode());
        CliRun assign = CliRun.of("themes", "assign", "-C", site.toString());

        assertEquals(0, assign.exitCode(), assign.err());
        assertTrue(assign.out().contains("1 kept as the curator set them"), assign.out());
        assertEquals(edited, Files.readString(site.resolve("content/papers/offline-rl-without-rewards.md")));
    }

    @Test
    void assignFollowsANewTaxonomyForUntouchedPapersAndAllOverridesTheCurator() throws IOException {
        replaceInPaper("offline-rl-without-rewards", "themes:\n  - rl\n", "themes: [transformers]\n");
        Path config = site.resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config) + """
                  - slug: betting
                    name: Betting
                    keywords: [betting, odds]
                """);

        CliRun dryRun = CliRun.of("themes", "assign", "--dry-run", "-C", site.toString());
        assertTrue(dryRun.out().contains("content/papers/soccer-betting-markets.md: [] -> [betting]"), dryRun.out());
        assertEquals(List.of(), papers().get("soccer-betting-markets").themes());

        assertEquals(0, CliRun.of("themes", "assign", "-C", site.toString()).exitCode());
        assertEquals(List.of("betting"), papers().get("soccer-betting-markets").themes());
        assertEquals(List.of("transformers"), papers().get("offline-rl-without-rewards").themes());

        assertEquals(0, CliRun.of("themes", "assign", "--all", "-C", site.toString()).exitCode());
        assertEquals(List.of("rl"), papers().get("offline-rl-without-rewards").themes());
    }

    @Test
    void suggestsTheSameCandidateThemesOnEveryRun() {
        CliRun first = CliRun.of("themes", "suggest", "--k", "2", "-C", site.toString());
        CliRun second = CliRun.of("themes", "suggest", "--k", "2", "-C", site.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("1. \""), first.out());
        assertTrue(first.out().contains("papers: "), first.out());
        assertEquals(first.out(), second.out());
    }
}
