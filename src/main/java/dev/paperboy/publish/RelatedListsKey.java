package dev.paperboy.publish;

import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.site.SiteModel;
import java.util.Optional;

/**
 * What a build's related-paper lists depend on, as a cache key: the finder's name, the config, and what the finder
 * reads of every published paper. A finder looks at every paper at once (most of a second at 10,000 papers), so a
 * build keeps the last build's lists while this key is unchanged: after edits of themes, dates, digests or
 * templates, but not of a paper's text, which changes term weights across the whole site.
 */
final class RelatedListsKey {
    private RelatedListsKey() {
    }

    /** The key, or empty when the finder's lists must not be kept ({@link RelatedPapersFinder#cacheName}). */
    static Optional<byte[]> of(RelatedPapersFinder finder, SiteModel model) {
        return finder.cacheName().map(name -> ViewDigest.of(name, model.config(), model.papers().parallelStream()
                .map(entry -> ViewDigest.of(finder.readsOf(entry.paper()))).toList()));
    }
}
