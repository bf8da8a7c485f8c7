package dev.paperboy.site;

import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which pages show which parts of a site, as the page methods of {@link SiteViews} read them: the rules by which an
 * edit makes pages stale. A page they do not name shows nothing that changed.
 */
final class PageDependencies {
    private PageDependencies() {
    }

    /**
     * @param parts          the view parts after the change, naming the cards and digest links that differ
     * @param relatedBefore  the related lists shown before the change
     * @param relatedAfter   those shown after it
     */
    static StalePages stalePages(ModelChange change, ViewParts.Patched parts, RelatedPaperLists relatedBefore,
            RelatedPaperLists relatedAfter) {
        SiteModel after = change.after();
        // A replaced entry stands for its paper's card and notes, its digests and its neighbours' titles.
        Set<String> papers = new TreeSet<>(change.papers());
        Set<String> themes = new TreeSet<>();
        Set<LocalDate> digests = new TreeSet<>(change.digests());
        for (LocalDate date : parts.digestLinks()) {
            // A digest's link (title, paper count) shows on its papers' pages, on the theme pages heading them with
            // it, and on the digest pages next to it.
            int index = after.digestIndex(date);
            for (Paper paper : after.digests().get(index).papers()) {
                papers.add(paper.slug());
                themes.addAll(paper.themes());
            }
            if (index > 0) {
                digests.add(after.digests().get(index - 1).digest().date());
            }
            if (index + 1 < after.digests().size()) {
                digests.add(after.digests().get(index + 1).digest().date());
            }
        }
        // A citation shows on its paper's page (and in .bib files: see StalePages).
        papers.addAll(parts.citations());
        // A card's title shows on the pages whose related lists name it.
        parts.cards().forEach(slug -> papers.addAll(relatedAfter.listing(slug)));
        if (relatedAfter != relatedBefore) {
            papers.addAll(relatedAfter.differences(relatedBefore));
        }
        boolean home = after.papers().size() != change.before().papers().size()
                || anyOfTheNewest(after, digests, after.config().homeDigests());
        Map<String, Set<Integer>> themePages = new HashMap<>();
        for (int i = 0; i < after.themes().size(); i++) {
            ThemeEntry theme = after.themes().get(i);
            String slug = theme.theme().slug();
            if (change.themes().contains(slug) && !themes.contains(slug)) {
                pagesOfReplacedEntries(change.before().themes().get(i), theme, after.config().themePageSize())
                        .ifPresentOrElse(pages -> themePages.put(slug, pages), () -> themes.add(slug));
            }
        }
        // Feeds show entries (the main ones the newest, each theme's its newest) and the newest digests. An entry's
        // time is its place in its digest (FeedItem#updated): where the papers shown changed, all their times did.
        Set<LocalDate> moved = papersMoved(change);
        Set<String> themeFeeds = new TreeSet<>(change.themes());
        moved.forEach(date -> after.digest(date).ifPresent(entry -> entry.papers()
                .forEach(paper -> themeFeeds.addAll(paper.themes()))));
        return new StalePages(home, digests, papers, themes, themePages, !parts.digestLinks().isEmpty(),
                themesIndexChanged(change), !change.papers().isEmpty() || !moved.isEmpty(),
                anyOfTheNewest(after, digests, after.config().digestFeedItems()), themeFeeds,
                parts.citations());
    }

    /** The digests whose papers, as shown, are others or in another order than before the change. */
    private static Set<LocalDate> papersMoved(ModelChange change) {
        Set<LocalDate> dates = new TreeSet<>(change.digests());
        for (String slug : change.papers()) {
            change.before().paper(slug).ifPresent(entry -> entry.digests().forEach(digest -> dates.add(digest.date())));
            change.after().paper(slug).ifPresent(entry -> entry.digests().forEach(digest -> dates.add(digest.date())));
        }
        dates.removeIf(date -> shown(change.before(), date).equals(shown(change.after(), date)));
        return dates;
    }

    private static List<String> shown(SiteModel model, LocalDate date) {
        return model.digest(date).map(entry -> entry.papers().stream().map(Paper::slug).toList()).orElse(List.of());
    }

    /** Whether any of these digests is among the {@code count} newest. */
    private static boolean anyOfTheNewest(SiteModel model, Set<LocalDate> digests, int count) {
        return digests.stream().anyMatch(date -> model.digestIndex(date) >= model.digests().size() - count);
    }

    /**
     * The numbers of the pages holding replaced entries, if the theme holds as many papers and each replaced one
     * is shown under the same first digest: then the counts all its pages show are unchanged, and so are the pages
     * without replaced entries. Empty otherwise.
     */
    private static Optional<Set<Integer>> pagesOfReplacedEntries(ThemeEntry before, ThemeEntry after,
            int pageSize) {
        if (before.papers().size() != after.papers().size()) {
            return Optional.empty();
        }
        Set<Integer> pages = new TreeSet<>();
        for (int i = 0; i < after.papers().size(); i++) {
            PaperEntry old = before.papers().get(i);
            PaperEntry now = after.papers().get(i);
            if (old != now) {
                if (!old.firstDigest().date().equals(now.firstDigest().date())) {
                    return Optional.empty();
                }
                pages.add(i / pageSize + 1);
            }
        }
        return Optional.of(pages);
    }

    /** The themes index shows how many papers each theme has and how many have none, and reads all their files. */
    private static boolean themesIndexChanged(ModelChange change) {
        for (String slug : change.papers()) {
            Optional<PaperEntry> before = change.before().paper(slug);
            Optional<PaperEntry> after = change.after().paper(slug);
            if (before.isEmpty() || after.isEmpty()) {
                return true;
            }
            if (!Set.copyOf(before.get().paper().themes()).equals(Set.copyOf(after.get().paper().themes()))
                    || !files(before.get().digests()).equals(files(after.get().digests()))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> files(List<Digest> digests) {
        return digests.stream().map(digest -> digest.source().file()).toList();
    }
}
