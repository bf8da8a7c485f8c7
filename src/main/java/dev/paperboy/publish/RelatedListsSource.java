package dev.paperboy.publish;

import dev.paperboy.site.ModelChange;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.SiteModel;

/**
 * Where a {@link SiteEngine} takes the related-paper lists from. A finder looks at every paper at once (TF-IDF over
 * the whole site, most of a second at 10,000 papers), so each caller keeps lists its own way: {@code build} those of
 * the last build while their key holds ({@link KeptRelatedLists}); {@code serve} the last exact
 * ones while it computes new ones in the background.
 */
public interface RelatedListsSource {
    /** The lists to show for a model made in full. */
    RelatedPaperLists listsFor(SiteModel model);

    /** The lists to show after a patch of the model. */
    RelatedPaperLists listsAfter(ModelChange change);

    /** The update failed: work for it may stop. */
    default void failed() {
    }

    /** The update's pages are written: work that would have competed with it for the cores may start. */
    default void shown() {
    }
}
