package dev.paperboy.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A small site and the edits a curator makes to it, in random order from a fixed seed: notes (blank, repeated
 * across papers, in Flexmark's and in the subset's shape), titles, themes, upvotes, drafts, digest intros, titles
 * and drafts, and moving, adding and deleting papers. Each edit rewrites only the files it touches and names them,
 * for tests of what incremental builds make of it.
 */
public final class RandomCuratorEdits {
    private static final List<String> NOTES = List.of("", "  \n", "Shared *note* about policy gradients.\n",
            "Shared *note* about policy gradients.\n", "| method | score |\n|---|---|\n| ours | 1 |\n",
            "## Method\n\nA heading makes Flexmark render it.\n", "Notes on optimization and learning rates.\n",
            "Plain words about reinforcement learning agents.\n");
    private static final List<String> WORDS = List.of("policy", "gradient", "optimizer", "adam", "reward",
            "agent", "loss", "convergence", "transformer", "scaling");
    private static final List<String> DATES = List.of("2024-05-01", "2024-05-02", "2024-05-03");
    private static final int FIRST_PAPERS = 6;

    /** What an edit did, and the site's files it wrote or deleted. */
    public record Edit(String description, List<String> files) {
    }

    private static final class Paper {
        String title;
        String abstractText;
        List<String> themes = new ArrayList<>();
        Integer upvotes;
        boolean draft;
        String notes = "";
    }

    private static final class Digest {
        final List<String> papers = new ArrayList<>();
        String title;
        boolean draft;
        String intro = "";
    }

    private final TestSite site;
    private final long seed;
    private final Random random;
    private final List<String> done = new ArrayList<>();
    private final Map<String, Paper> papers = new TreeMap<>();
    private final Map<String, Digest> digests = new TreeMap<>();
    private int nextPaper;

    /** Writes the first papers and the digests that list them into {@code site}. */
    public RandomCuratorEdits(TestSite site, long seed) {
        this.site = site;
        this.seed = seed;
        this.random = new Random(seed);
        DATES.forEach(date -> digests.put(date, new Digest()));
        for (int i = 0; i < FIRST_PAPERS; i++) {
            addPaper();
        }
    }

    /** Makes one edit. */
    public Edit next() throws IOException {
        Edit edit = edit();
        done.add(edit.description());
        return edit;
    }

    /** The seed and the edits made so far, to say in a failed assertion which sequence broke. */
    public String history() {
        return "seed " + seed + " after " + done;
    }

    private Edit edit() throws IOException {
        List<String> slugs = new ArrayList<>(papers.keySet());
        String slug = slugs.get(random.nextInt(slugs.size()));
        Paper paper = papers.get(slug);
        switch (random.nextInt(10)) {
            case 0 -> paper.notes = pick(NOTES);
            case 1 -> paper.notes = sentence() + "\n";
            case 2 -> paper.title = "Paper on " + sentence();
            case 3 -> paper.themes = pick(List.of(List.of(), List.of("rl"), List.of("optimization"),
                    List.of("optimization", "rl")));
            case 4 -> paper.upvotes = random.nextBoolean() ? null : random.nextInt(100);
            case 5 -> paper.draft = !paper.draft;
            case 6 -> {
                String date = pick(DATES);
                digests.get(date).intro = random.nextBoolean() ? "" : "An intro: " + sentence() + "\n";
                return new Edit("intro of " + date, List.of(writeDigest(date)));
            }
            case 7 -> {
                String date = pick(DATES);
                Digest digest = digests.get(date);
                if (random.nextBoolean()) {
                    digest.draft = !digest.draft;
                } else {
                    digest.title = digest.title == null ? "Digest on " + sentence() : null;
                }
                return new Edit("title or draft of " + date, List.of(writeDigest(date)));
            }
            case 8 -> {
                List<String> files = new ArrayList<>(removeFromDigests(slug));
                String date = pick(DATES);
                List<String> into = digests.get(date).papers;
                into.add(random.nextInt(into.size() + 1), slug);
                files.add(writeDigest(date));
                return new Edit("move " + slug + " to " + date, files.stream().distinct().toList());
            }
            default -> {
                if (papers.size() > FIRST_PAPERS / 2 && random.nextBoolean()) {
                    papers.remove(slug);
                    List<String> files = new ArrayList<>(removeFromDigests(slug));
                    String file = paperFile(slug);
                    Files.delete(site.root().resolve(file));
                    files.add(file);
                    return new Edit("delete " + slug, files);
                }
                return addPaper();
            }
        }
        return new Edit("edit " + slug, List.of(writePaper(slug)));
    }

    private Edit addPaper() {
        String slug = "paper-" + nextPaper++;
        Paper paper = new Paper();
        paper.title = "Paper on " + sentence();
        paper.abstractText = "An abstract about " + sentence();
        paper.notes = pick(NOTES);
        paper.themes = List.of(pick(List.of("rl", "optimization")));
        papers.put(slug, paper);
        String date = pick(DATES);
        digests.get(date).papers.add(slug);
        return new Edit("add " + slug, List.of(writePaper(slug), writeDigest(date)));
    }

    private List<String> removeFromDigests(String slug) {
        List<String> files = new ArrayList<>();
        digests.forEach((date, digest) -> {
            if (digest.papers.remove(slug)) {
                files.add(writeDigest(date));
            }
        });
        return files;
    }

    private String writePaper(String slug) {
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
        return paperFile(slug);
    }

    private String writeDigest(String date) {
        Digest digest = digests.get(date);
        String file = "content/digests/" + date + ".md";
        site.file(file, "---\n" + (digest.title == null ? "" : "title: " + digest.title + "\n")
                + (digest.draft ? "draft: true\n" : "") + "papers: [" + String.join(", ", digest.papers) + "]\n---\n"
                + digest.intro);
        return file;
    }

    private static String paperFile(String slug) {
        return "content/papers/" + slug + ".md";
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
