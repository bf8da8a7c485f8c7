package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.listing.Listing;
import dev.paperboy.listing.ListingEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The entries of one import grouped into papers and digests. Entries with the same arXiv id or title identity are
 * one paper; for each value the newest listing that gives one wins (by listing date, then file order, then position),
 * so the outcome does not depend on how the same listings are split into files.
 *
 * @param papers  by slug, in order of first appearance
 * @param digests slugs in listing order, by date
 * @param blocked entries not imported because their paper's file has errors (each reported)
 */
record ListedPapers(Map<String, ListedPaper> papers, Map<LocalDate, List<String>> digests, int blocked) {
    ListedPapers {
        papers = Collections.unmodifiableMap(new LinkedHashMap<>(papers));
        digests = Collections.unmodifiableMap(new TreeMap<>(digests));
    }

    private record Appearance(ListingEntry entry, int file) {
    }

    private static final Comparator<Appearance> OLDEST_FIRST = Comparator
            .comparing((Appearance a) -> a.entry().listingDate())
            .thenComparingInt(Appearance::file)
            .thenComparingInt(a -> a.entry().position());

    /** {@code files} holds each listing file's listings, in the order the files were given. */
    static ListedPapers group(List<List<Listing>> files, SlugAllocator slugs, Diagnostics diagnostics) {
        Map<String, List<Appearance>> bySlug = new LinkedHashMap<>();
        Map<LocalDate, Set<String>> digests = new TreeMap<>();
        int blocked = 0;
        for (int file = 0; file < files.size(); file++) {
            for (Listing listing : files.get(file)) {
                for (ListingEntry entry : listing.entries()) {
                    Optional<String> slug = slugs.slugFor(entry.arxivId(), entry.title());
                    if (slug.isEmpty()) {
                        diagnostics.error(entry.pos(), "paper \"" + entry.title() + "\" not imported: "
                                + "content/papers/" + Slugs.fromTitle(entry.title()) + ".md may hold it and has errors",
                                "fix that file and import again");
                        blocked++;
                        continue;
                    }
                    bySlug.computeIfAbsent(slug.get(), key -> new ArrayList<>()).add(new Appearance(entry, file));
                    digests.computeIfAbsent(entry.listingDate(), date -> new LinkedHashSet<>()).add(slug.get());
                }
            }
        }
        Map<String, ListedPaper> papers = new LinkedHashMap<>();
        bySlug.forEach((slug, appearances) -> papers.put(slug, merge(appearances)));
        Map<LocalDate, List<String>> digestLists = new TreeMap<>();
        digests.forEach((date, slugsOfDate) -> digestLists.put(date, List.copyOf(slugsOfDate)));
        return new ListedPapers(papers, digestLists, blocked);
    }

    private static ListedPaper merge(List<Appearance> appearances) {
        List<ListingEntry> entries = appearances.stream().sorted(OLDEST_FIRST).map(Appearance::entry).toList();
        // Authors count and organisation exclude each other: take both from the same entry.
        ListingEntry byline = newest(entries, entry -> entry.authorsCount() != null || entry.organization() != null
                ? entry : null);
        ListingEntry first = appearances.get(0).entry();
        ListingEntry last = entries.get(entries.size() - 1);
        ListingEntry values = new ListingEntry(first.pos(), last.listingDate(), last.position(),
                newest(entries, ListingEntry::title),
                Objects.requireNonNullElse(newest(entries, entry -> entry.abstractText().isBlank() ? null
                        : entry.abstractText()), ""),
                byline == null ? null : byline.authorsCount(),
                byline == null ? null : byline.organization(),
                newest(entries, ListingEntry::published),
                newest(entries, ListingEntry::upvotes),
                newestList(entries, ListingEntry::links),
                newest(entries, ListingEntry::codeUrl),
                newest(entries, ListingEntry::arxivId),
                newestList(entries, ListingEntry::authors),
                newest(entries, ListingEntry::projectUrl));
        return new ListedPaper(values, entries.stream().map(ListingEntry::listingDate).toList());
    }

    private static List<String> newestList(List<ListingEntry> oldestFirst, Function<ListingEntry, List<String>> list) {
        return Objects.requireNonNullElse(newest(oldestFirst, entry -> list.apply(entry).isEmpty() ? null
                : list.apply(entry)), List.of());
    }

    private static <T> T newest(List<ListingEntry> oldestFirst, Function<ListingEntry, T> value) {
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            T found = value.apply(oldestFirst.get(i));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

}
