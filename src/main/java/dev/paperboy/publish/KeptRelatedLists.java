package dev.paperboy.publish;

import dev.paperboy.site.ModelChange;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.site.SiteModel;
import java.util.Optional;

/** {@code build}'s related-paper lists: the last build's while their {@link RelatedListsKey} holds, else found. */
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
        Optional<byte[]> key = RelatedListsKey.of(finder, model);
        RelatedPaperLists lists = key.flatMap(cache::related).orElseGet(() -> RelatedPaperLists.find(finder, model));
        found = key.map(kept -> new BuildCache.KeptLists(kept, lists));
        return lists;
    }

    @Override
    public RelatedPaperLists listsAfter(ModelChange change) {
        return listsFor(change.after());
    }

    /** The lists last shown and their key, to keep for the next build; empty if the finder's are not kept. */
    Optional<BuildCache.KeptLists> toKeep() {
        return found;
    }
}
