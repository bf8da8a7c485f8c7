package dev.paperboy.site;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link SiteModel} changed after an edit ({@link SiteModelPatch}): the model before and after, and the keys of
 * the parts that were replaced. Every other part of {@code after} is the very object it was in {@code before}.
 *
 * @param papers  slugs whose {@link PaperEntry} was replaced, added or removed
 * @param digests dates whose {@link DigestEntry} was replaced
 * @param themes  slugs of the themes whose {@link ThemeEntry} was replaced
 */
public record ModelChange(SiteModel before, SiteModel after, Set<String> papers, Set<LocalDate> digests,
        Set<String> themes) {
    public ModelChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        papers = Set.copyOf(papers);
        digests = Set.copyOf(digests);
        themes = Set.copyOf(themes);
    }
}
