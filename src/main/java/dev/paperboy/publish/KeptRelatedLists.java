package dev.paperboy.publish;

import dev.paperboy.site.ModelChange;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.site.SiteModel;
import java.util.Optional;

/**
 * {@code build}'s related-paper lists: the last build's while their key holds, else found. The key is what the lists
 * depend on: the finder's name, the config, and what the finder reads of every published paper. A finder looks at
 * every paper at once (most of a second at 10,000 papers), so lists are kept after edits of themes, dates, digests
 * or templates, but not of a paper's text, which changes term weights across the whole site.
 */
final class KeptRelatedLists implements RelatedListsSource {
    private final RelatedPapersFinder finder;
    private final BuildCache cache;
    private Optional<BuildCache.KeptLists> found = Optional.empty();

    KeptRelatedLists(RelatedPapersFinder finder, BuildCache cache) {
        this.finder = finder;
        this.cache = cache;
    }

    @Override
    public RelatedPaperLists listsFor(SiteModel model) {
        Optional<byte[]> key = key(model);
        RelatedPaperLists lists = key.flatMap(cache::related).orElseGet(() -> RelatedPaperLists.find(finder, model));
        found = key.map(kept -> new BuildCache.KeptLists(kept, lists));
        return lists;
    }

    @Override
    public RelatedPaperLists listsAfter(ModelChange change) {
        return listsFor(change.after());
    }

    /** The key, or empty when the finder's lists must not be kept ({@link RelatedPapersFinder#cacheName}). */
    private Optional<byte[]> key(SiteModel model) {
        return finder.cacheName().map(name -> ViewDigest.of(name, model.config(), model.papers().parallelStream()
                .map(entry -> ViewDigest.of(finder.readsOf(entry.paper()))).toList()));
    }

    /** The lists last shown and their key, to keep for the next build; empty if the finder's are not kept. */
    Optional<BuildCache.KeptLists> toKeep() {
        return found;
    }
}
