package dev.paperboy.site;

import dev.paperboy.content.ContentIndex;
import dev.paperboy.config.ThemeDef;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import dev.paperboy.diag.Diagnostics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Remakes a {@link SiteModel} after a few papers and digests changed, for {@code serve}: only the digests that list
 * them are grouped again, only the entries of papers in those digests are made again, and only the runs of the
 * theme lists that hold changed entries; every other part is reused. The result equals what
 * {@link SiteModelBuilder#build} makes from the same content. Edits it does not patch give an empty result, and the
 * caller builds in full (which also reports their errors): a digest added, removed, published or unpublished, and
 * any content error.
 */
public final class SiteModelPatch {
    private final SiteModel previous;
    private final ContentIndex content;
    private final boolean drafts;
    private final Map<String, ThemeDef> themes;
    /** The published digests, with the regrouped ones replaced; the same dates at the same positions as before. */
    private final List<DigestEntry> digests;
    private final Set<LocalDate> regrouped = new TreeSet<>();
    /** Replaced entries by slug: the new entry, or empty for a paper no longer published. */
    private final Map<String, Optional<PaperEntry>> entries = new TreeMap<>();

    private SiteModelPatch(SiteModel previous, ContentIndex content, boolean drafts) {
        this.previous = previous;
        this.content = content;
        this.drafts = drafts;
        this.themes = SiteModelBuilder.themesBySlug(previous.config());
        this.digests = new ArrayList<>(previous.digests());
    }

    /**
     * @param papers  slugs of the paper files that changed (maybe deleted) since {@code previous} was made
     * @param digests dates of the digest files that changed (maybe deleted)
     * @param today   as {@link SiteModelBuilder#today}, which must be the day {@code previous} was made for
     */
    public static Optional<ModelChange> patch(SiteModel previous, ContentIndex content, Set<String> papers,
            Set<LocalDate> digests, boolean drafts, LocalDate today) {
        SiteModelPatch patch = new SiteModelPatch(previous, content, drafts);
        if (!patch.patchable(papers, digests, today)) {
            return Optional.empty();
        }
        patch.remakeEntries(patch.regroup(papers, digests));
        return Optional.of(patch.change());
    }

    /** Whether the changed files are valid and leave the published digests as they were. */
    private boolean patchable(Set<String> papers, Set<LocalDate> dates, LocalDate today) {
        Diagnostics problems = new Diagnostics();
        for (LocalDate date : dates) {
            Optional<Digest> digest = content.digest(date);
            boolean published = digest.isPresent() && SiteModelBuilder.published(digest.get(), drafts, today);
            if (published != previous.digestIndex(date) >= 0) {
                return false;
            }
            digest.ifPresent(listed -> SiteModelBuilder.checkPapers(listed, slug -> content.paper(slug).isPresent(),
                    problems));
        }
        for (String slug : papers) {
            Optional<Paper> paper = content.paper(slug);
            if (paper.isPresent()) {
                SiteModelBuilder.checkThemes(paper.get(), themes, problems);
            } else if (!content.digestsListing(slug).isEmpty()) {
                return false; // a digest lists a paper file that is gone
            }
        }
        return !problems.hasErrors();
    }

    /**
     * Groups again the published digests that changed or list a changed paper; returns the slugs whose entries may
     * have changed: the changed papers and every paper of a digest whose grouping changed.
     */
    private Set<String> regroup(Set<String> papers, Set<LocalDate> dates) {
        Set<LocalDate> stale = new TreeSet<>(dates);
        papers.forEach(slug -> stale.addAll(content.digestsListing(slug)));
        Set<String> affected = new TreeSet<>(papers);
        for (LocalDate date : stale) {
            int index = previous.digestIndex(date);
            if (index < 0) {
                continue;
            }
            DigestEntry before = digests.get(index);
            // A digest file read again unchanged keeps its object: entries name their digests by identity.
            Digest digest = content.digest(date).filter(read -> !read.equals(before.digest()))
                    .orElse(before.digest());
            DigestEntry after = SiteModelBuilder.group(digest, slug -> content.paper(slug).orElse(null), themes,
                    drafts);
            if (!after.equals(before)) {
                digests.set(index, after);
                regrouped.add(date);
                Stream.concat(before.papers().stream(), after.papers().stream())
                        .forEach(paper -> affected.add(paper.slug()));
            }
        }
        return affected;
    }

    private void remakeEntries(Set<String> slugs) {
        for (String slug : slugs) {
            Optional<PaperEntry> after = entryOf(slug);
            if (!after.equals(previous.paper(slug))) {
                entries.put(slug, after);
            }
        }
    }

    /** As {@link SiteModelBuilder#build} makes it: the paper's published digests, its neighbours in the first. */
    private Optional<PaperEntry> entryOf(String slug) {
        Optional<Paper> paper = content.paper(slug).filter(found -> drafts || !found.draft());
        List<DigestEntry> listing = content.digestsListing(slug).stream().sorted()
                .map(previous::digestIndex)
                .filter(index -> index >= 0)
                .map(digests::get)
                .toList();
        if (paper.isEmpty() || listing.isEmpty()) {
            return Optional.empty();
        }
        List<Paper> order = listing.get(0).papers();
        int position = 0;
        while (!order.get(position).slug().equals(slug)) {
            position++;
        }
        return Optional.of(SiteModelBuilder.entry(paper.get(), listing.stream().map(DigestEntry::digest).toList(),
                order, position));
    }

    private ModelChange change() {
        List<PaperEntry> papers = new ArrayList<>(previous.papers());
        entries.forEach((slug, entry) -> {
            int index = SiteModel.paperIndex(papers, slug);
            if (index >= 0 && entry.isPresent()) {
                papers.set(index, entry.get());
            } else if (index >= 0) {
                papers.remove(index);
            } else {
                entry.ifPresent(added -> papers.add(-index - 1, added));
            }
        });
        Map<String, Set<LocalDate>> blocks = themeBlocks();
        List<ThemeEntry> themeEntries = new ArrayList<>(previous.themes());
        Set<String> changedThemes = new TreeSet<>();
        for (int i = 0; i < themeEntries.size(); i++) {
            ThemeEntry before = themeEntries.get(i);
            Set<LocalDate> dates = blocks.get(before.theme().slug());
            Optional<List<PaperEntry>> listed = dates == null ? Optional.empty() : rethemed(before, dates);
            if (listed.isPresent()) {
                themeEntries.set(i, new ThemeEntry(before.theme(), listed.get()));
                changedThemes.add(before.theme().slug());
            }
        }
        return new ModelChange(previous, new SiteModel(previous.config(), digests, papers, themeEntries),
                entries.keySet(), regrouped, changedThemes);
    }

    /**
     * For each theme, the first-digest dates whose runs in the theme's list may differ: those of replaced entries,
     * before and after. Entries not replaced keep their order: a digest file that changed replaces the entries of all
     * its papers, and in one that did not, a paper keeps its group (its own first theme) and its place in the list.
     */
    private Map<String, Set<LocalDate>> themeBlocks() {
        Map<String, Set<LocalDate>> blocks = new HashMap<>();
        entries.forEach((slug, after) -> {
            previous.paper(slug).ifPresent(entry -> addBlock(blocks, entry));
            after.ifPresent(entry -> addBlock(blocks, entry));
        });
        return blocks;
    }

    private static void addBlock(Map<String, Set<LocalDate>> blocks, PaperEntry entry) {
        entry.paper().themes().forEach(theme -> blocks.computeIfAbsent(theme, slug -> new TreeSet<>())
                .add(entry.firstDigest().date()));
    }

    /**
     * The theme's list with the runs of these first-digest dates made again, or empty if none changed. The list is
     * newest run first, so each run is found by binary search and the rest is copied in bulk.
     */
    private Optional<List<PaperEntry>> rethemed(ThemeEntry theme, Set<LocalDate> dates) {
        List<PaperEntry> before = theme.papers();
        List<LocalDate> newestFirst = new ArrayList<>(dates);
        Collections.reverse(newestFirst);
        List<PaperEntry> papers = new ArrayList<>(before.size() + 1);
        boolean changed = false;
        int copied = 0;
        for (LocalDate date : newestFirst) {
            int start = firstIndex(before, entry -> !entry.firstDigest().date().isAfter(date));
            int end = firstIndex(before, entry -> entry.firstDigest().date().isBefore(date));
            List<PaperEntry> run = run(theme.theme().slug(), date);
            changed |= !run.equals(before.subList(start, end));
            papers.addAll(before.subList(copied, start));
            papers.addAll(run);
            copied = end;
        }
        papers.addAll(before.subList(copied, before.size()));
        return changed ? Optional.of(papers) : Optional.empty();
    }

    /** The first index whose entry passes {@code test}, which entries fail up to some index and pass after it. */
    private static int firstIndex(List<PaperEntry> entries, Predicate<PaperEntry> test) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (test.test(entries.get(middle))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The papers with this theme whose first digest is that of {@code date}, in its reading order. */
    private List<PaperEntry> run(String theme, LocalDate date) {
        List<PaperEntry> run = new ArrayList<>();
        for (Paper paper : digests.get(previous.digestIndex(date)).papers()) {
            if (paper.themes().contains(theme)) {
                entry(paper.slug()).filter(entry -> entry.firstDigest().date().equals(date)).ifPresent(run::add);
            }
        }
        return run;
    }

    private Optional<PaperEntry> entry(String slug) {
        Optional<PaperEntry> replaced = entries.get(slug);
        return replaced != null ? replaced : previous.paper(slug);
    }
}
