package dev.paperboy.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Related-paper lists by slug, most related first, as a {@link RelatedPapersFinder} gives them; and the other way
 * round, which lists name a paper: {@code serve} asks that of an edited paper, whose title those pages show.
 */
public final class RelatedPaperLists {
    private final Map<String, List<String>> lists;
    /** Made on first use: a build never needs it. */
    private Map<String, Set<String>> listedBy;

    public RelatedPaperLists(Map<String, List<String>> lists) {
        this.lists = Map.copyOf(lists);
    }

    /** The lists {@code finder} gives for every paper of {@code model}. */
    public static RelatedPaperLists find(RelatedPapersFinder finder, SiteModel model) {
        return new RelatedPaperLists(finder.find(model.papers().stream().map(PaperEntry::paper).toList(),
                model.config()));
    }

    /** The slugs related to this paper's; empty when none. */
    public List<String> of(String slug) {
        return lists.getOrDefault(slug, List.of());
    }

    /** Every paper's list, by slug. */
    public Map<String, List<String>> asMap() {
        return lists;
    }

    /** The slugs whose lists name this paper. */
    public Set<String> listing(String slug) {
        return index().getOrDefault(slug, Set.of());
    }

    /** Makes the index {@link #listing} reads now, so that a later call is quick; returns this. */
    public RelatedPaperLists indexed() {
        index();
        return this;
    }

    /** The slugs whose lists differ between these lists and {@code other}. */
    public Set<String> differences(RelatedPaperLists other) {
        Set<String> slugs = new HashSet<>(lists.keySet());
        slugs.addAll(other.lists.keySet());
        Set<String> different = new TreeSet<>();
        slugs.forEach(slug -> {
            if (!of(slug).equals(other.of(slug))) {
                different.add(slug);
            }
        });
        return different;
    }

    private synchronized Map<String, Set<String>> index() {
        if (listedBy == null) {
            Map<String, Set<String>> index = new HashMap<>();
            lists.forEach((slug, related) -> related.forEach(other ->
                    index.computeIfAbsent(other, key -> new HashSet<>()).add(slug)));
            listedBy = index;
        }
        return listedBy;
    }
}
