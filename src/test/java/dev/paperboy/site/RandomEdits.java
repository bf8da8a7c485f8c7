package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Random edits of a small site held in memory, as a curator makes them in files: each edit rewrites, adds or deletes
 * one or two files and records which, as {@code serve} would learn from its watcher. Most edits keep the site valid;
 * some publish or unpublish a digest, and some introduce an error.
 */
public final class RandomEdits {
    public static final List<String> THEMES = List.of("optimization", "rl", "theory");
    private static final int PAPERS = 24;
    private static final int DIGESTS = 7;

    private final Random random;
    private final EditableContent content = new EditableContent();
    private final Set<String> papers = new TreeSet<>();
    private final Set<LocalDate> digests = new TreeSet<>();
    private int edits;

    /** A site of 24 papers in 7 digests, the last dated after {@code 2024-06-01}, with papers in several digests. */
    public RandomEdits(long seed) {
        random = new Random(seed);
        for (int i = 0; i < PAPERS; i++) {
            content.put(paper("p" + i, "Paper " + i, "Notes " + i, random.nextInt(8) == 0));
        }
        for (int d = 0; d < DIGESTS; d++) {
            List<String> listed = new ArrayList<>();
            for (int i = 0; i < PAPERS; i++) {
                if (random.nextInt(DIGESTS) < 2) {
                    listed.add("p" + i);
                }
            }
            Collections.shuffle(listed, random);
            content.put(Contents.digest(LocalDate.of(2024, 1 + d, 1).toString(), "", d == 2, listed));
        }
    }

    /** The configuration of the site, declaring the themes of {@link #THEMES}, with theme pages of three papers. */
    public static SiteConfig config() {
        return Contents.config("theme_page_size: 3\n");
    }

    public EditableContent content() {
        return content;
    }

    /** Slugs of the paper files changed since {@link #clear()}. */
    public Set<String> changedPapers() {
        return papers;
    }

    /** Dates of the digest files changed since {@link #clear()}. */
    public Set<LocalDate> changedDigests() {
        return digests;
    }

    public void clear() {
        papers.clear();
        digests.clear();
    }

    /** Makes one random edit; returns what it did, for failure messages. */
    public String edit() {
        edits++;
        String slug = pick(new ArrayList<>(content.papers().keySet()));
        Paper paper = content.papers().get(slug);
        Digest digest = pick(new ArrayList<>(content.digests().values()));
        List<String> listed = new ArrayList<>(digest.papers());
        int kind = random.nextInt(14);
        switch (kind) {
            case 0, 1 -> write(paper(slug, "Retitled " + edits, paper.notes(), paper.draft(), paper.themes()));
            case 2 -> write(paper(slug, paper.title(), "New notes " + edits, paper.draft(), paper.themes()));
            case 3, 4 -> write(paper(slug, paper.title(), paper.notes(), paper.draft(), themes()));
            case 5 -> write(paper(slug, paper.title(), paper.notes(), !paper.draft(), paper.themes()));
            case 6 -> write(paper("n" + edits, "New " + edits, "", false));
            case 7 -> {
                listed.remove(slug);
                listed.add(random.nextInt(listed.size() + 1), slug);
                write(digest, listed);
            }
            case 8 -> {
                listed.remove(slug);
                write(digest, listed);
            }
            case 9 -> {
                Collections.shuffle(listed, random);
                write(digest, listed);
            }
            case 10 -> write(Contents.digest(digest.date().toString(), "Digest " + edits, digest.draft(), listed));
            case 11 -> {
                content.removePaper(slug);
                papers.add(slug);
                for (Digest listing : List.copyOf(content.digests().values())) {
                    if (listing.papers().contains(slug)) {
                        List<String> rest = new ArrayList<>(listing.papers());
                        rest.remove(slug);
                        write(listing, rest);
                    }
                }
            }
            case 12 -> write(Contents.digest(digest.date().toString(), digest.title(), !digest.draft(), listed));
            default -> write(paper(slug, paper.title(), paper.notes(), paper.draft(), List.of("unknown-theme")));
        }
        return "edit " + edits + " (kind " + kind + ") of " + slug + ", digest " + digest.date();
    }

    private Paper paper(String slug, String title, String notes, boolean draft) {
        return paper(slug, title, notes, draft, themes());
    }

    private static Paper paper(String slug, String title, String notes, boolean draft, List<String> themes) {
        return Contents.paper(slug, title, notes, draft, themes);
    }

    /** Zero to three themes in any order. */
    private List<String> themes() {
        List<String> themes = new ArrayList<>(THEMES);
        Collections.shuffle(themes, random);
        return List.copyOf(themes.subList(0, random.nextInt(THEMES.size() + 1)));
    }

    private void write(Paper paper) {
        content.put(paper);
        papers.add(paper.slug());
    }

    private void write(Digest digest, List<String> listed) {
        write(Contents.digest(digest.date().toString(), digest.title(), digest.draft(), listed));
    }

    private void write(Digest digest) {
        content.put(digest);
        digests.add(digest.date());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
