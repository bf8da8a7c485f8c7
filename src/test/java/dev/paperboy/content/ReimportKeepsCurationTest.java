package dev.paperboy.content;

import static dev.paperboy.publish.TestSite.entry;
import static dev.paperboy.publish.TestSite.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.publish.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "A re-import must never undo or lose any of the curator's work", under random curation (fixed seeds): after
 * random edits of titles, abstracts, upvotes, themes, drafts, notes, digest orders, removals and intros, importing
 * the listings again, now with new upvotes and new papers, keeps every edit; refreshes the upvotes the curator left
 * alone; appends the new papers to the digests, never bringing back one the curator removed; and a further import
 * changes nothing.
 */
class ReimportKeepsCurationTest {
    private static final String NOV13 = "nov13.txt";
    private static final String NOV14 = "nov14.txt";
    private static final List<String> WORDS = List.of("attention", "kernels", "operators", "diffusion", "agents",
            "scaling", "graphs", "proofs", "retrieval", "robots");

    @TempDir
    Path root;
    private Random random;
    private final Map<String, Integer> upvotes = new HashMap<>();
    private final Map<String, String> abstracts = new HashMap<>();
    private int nextEntry;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyCuratorEditSurvivesAReimportWithNewUpvotesAndPapers(long seed) {
        random = new Random(seed);
        TestSite site = TestSite.empty(root);
        List<String> nov13 = entries(5);
        List<String> nov14 = new ArrayList<>(entries(3));
        nov14.add(nov13.get(0));
        site.file(NOV13, listing("Nov 13", listed(nov13))).file(NOV14, listing("Nov 14", listed(nov14)));
        site.importListings(NOV13, NOV14);
        assertEquals(List.of(), site.diagnostics().formatted());

        Map<String, Paper> imported = bySlug(site.load());
        Map<String, Paper> curated = new TreeMap<>();
        List<String> edits = new ArrayList<>();
        for (Paper paper : imported.values()) {
            curated.put(paper.slug(), curate(site, paper, edits));
        }
        Map<String, List<String>> orders = new TreeMap<>();
        Map<String, String> intros = new TreeMap<>();
        for (Digest digest : site.load().digests()) {
            orders.put(digest.date().toString(), curate(site, digest, edits));
            intros.put(digest.date().toString(), site.load().digests().stream()
                    .filter(d -> d.date().equals(digest.date())).findFirst().orElseThrow().intro());
        }
        String step = "seed " + seed + ", " + edits;

        nov13.forEach(title -> upvotes.put(title, upvotes.get(title) + 1 + random.nextInt(5)));
        List<String> newcomers = entries(2);
        nov13.addAll(newcomers);
        site.file(NOV13, listing("Nov 13", listed(nov13))).file(NOV14, listing("Nov 14", listed(nov14)));
        site.importListings(NOV13, NOV14);
        assertEquals(List.of(), site.diagnostics().formatted(), step);

        Content after = site.load();
        Map<String, Paper> bySlug = bySlug(after);
        assertEquals(curated.size() + newcomers.size(), bySlug.size(), step);
        curated.forEach((slug, expected) -> {
            Paper now = bySlug.get(slug);
            Paper before = imported.get(slug);
            boolean upvotesCurated = !Objects.equals(expected.upvotes(), before.upvotes());
            Integer upvotesNow = upvotesCurated ? expected.upvotes() : upvotes.get(before.title());
            assertEquals(Arrays.asList(expected.title(), expected.abstractText(), expected.themes(),
                    expected.draft(), expected.notes(), upvotesNow), Arrays.asList(now.title(), now.abstractText(),
                    now.themes(), now.draft(), now.notes(), now.upvotes()), step + ": " + slug);
        });
        List<String> newSlugs = bySlug.keySet().stream().filter(slug -> !curated.containsKey(slug)).sorted().toList();
        for (Digest digest : after.digests()) {
            String date = digest.date().toString();
            List<String> expected = new ArrayList<>(orders.get(date));
            if (date.endsWith("-13")) {
                newcomers.forEach(title -> expected.add(slugOf(after, title)));
            }
            assertEquals(expected, digest.papers(), step + ": digest " + date + " (new: " + newSlugs + ")");
            assertEquals(intros.get(date), digest.intro(), step + ": intro of " + date);
        }

        Map<String, String> settled = site.content();
        site.importListings(NOV13, NOV14);
        assertEquals(settled, site.content(), step + ": a further import changed files");
    }

    /** Makes some of a paper's edits a curator makes, and returns the paper as the curator left it. */
    private Paper curate(TestSite site, Paper paper, List<String> edits) {
        String file = "content/papers/" + paper.slug() + ".md";
        String text = site.file(file);
        String title = paper.title();
        String abstractText = paper.abstractText();
        Integer votes = paper.upvotes();
        List<String> themes = paper.themes();
        boolean draft = paper.draft();
        String notes = paper.notes();
        if (random.nextInt(3) == 0) {
            title = "Curated " + sentence();
            text = set(text, "title", title + " # my title");
            edits.add(paper.slug() + " title");
        }
        if (random.nextInt(4) == 0) {
            abstractText = "A curated abstract on " + sentence() + ".";
            text = set(text, "abstract", "'" + abstractText + "'");
            edits.add(paper.slug() + " abstract");
        }
        if (random.nextInt(3) == 0) {
            votes = 1000 + random.nextInt(1000);
            text = set(text, "upvotes", votes + " # checked");
            edits.add(paper.slug() + " upvotes");
        }
        if (random.nextInt(3) == 0) {
            themes = random.nextBoolean() ? List.of("rl") : List.of("rl", "theory");
            text = set(text, "themes", "[" + String.join(", ", themes) + "]");
            edits.add(paper.slug() + " themes");
        }
        if (random.nextInt(4) == 0) {
            draft = !draft;
            text = set(text, "draft", String.valueOf(draft));
            edits.add(paper.slug() + " draft");
        }
        if (random.nextInt(2) == 0) {
            notes = "My notes on " + sentence() + ".\n\n- a point\n- another\n";
            text = text + notes;
            edits.add(paper.slug() + " notes");
        }
        site.file(file, text);
        return new Paper(paper.slug(), title, paper.arxivId(), abstractText, paper.published(), paper.authors(),
                paper.authorsCount(), paper.organization(), votes, paper.links(), paper.codeUrl(), paper.projectUrl(),
                paper.digests(), themes, draft, notes, paper.source());
    }

    /** Reorders, removes from and introduces a digest as a curator might; returns its papers as left. */
    private List<String> curate(TestSite site, Digest digest, List<String> edits) {
        String date = digest.date().toString();
        String file = "content/digests/" + date + ".md";
        List<String> papers = new ArrayList<>(digest.papers());
        String text = site.file(file);
        boolean reorder = random.nextBoolean();
        boolean remove = random.nextBoolean();
        if (reorder) {
            Collections.shuffle(papers, random);
        }
        if (remove) {
            papers.remove(random.nextInt(papers.size()));
        }
        if (reorder || remove) {
            text = set(text, "papers", "[" + String.join(", ", papers) + "] # my order");
            edits.add(date + " papers " + papers);
        }
        if (random.nextBoolean()) {
            text = text + "An introduction to " + sentence() + ".\n";
            edits.add(date + " intro");
        }
        site.file(file, text);
        return papers;
    }

    /** Replaces a top-level front-matter key's value (a line, or a block of indented lines), as an editor would. */
    private static String set(String text, String key, String value) {
        int start = text.indexOf("\n" + key + ":") + 1;
        if (start == 0) {
            int end = text.indexOf("\n---", 3) + 1;
            return text.substring(0, end) + key + ": " + value + "\n" + text.substring(end);
        }
        int end = text.indexOf('\n', start) + 1;
        while (text.startsWith(" ", end)) {
            end = text.indexOf('\n', end) + 1;
        }
        return text.substring(0, start) + key + ": " + value + "\n" + text.substring(end);
    }

    private List<String> entries(int count) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = "Paper " + nextEntry++ + " on " + sentence();
            titles.add(title);
            upvotes.put(title, random.nextInt(50));
            abstracts.put(title, "Abstract of " + title + ", about " + sentence() + ".");
        }
        return titles;
    }

    private String[] listed(List<String> entryTitles) {
        return entryTitles.stream().map(title -> entry(title, abstracts.get(title), "  • 3 authors",
                "Jun 12, 2024 " + upvotes.get(title))).toArray(String[]::new);
    }

    private String sentence() {
        return WORDS.get(random.nextInt(WORDS.size())) + " and " + WORDS.get(random.nextInt(WORDS.size()));
    }

    private static Map<String, Paper> bySlug(Content content) {
        return content.papers().stream().collect(Collectors.toMap(Paper::slug, Function.identity()));
    }

    private static String slugOf(Content content, String title) {
        return content.papers().stream().filter(paper -> paper.title().equals(title)).findFirst().orElseThrow()
                .slug();
    }
}
