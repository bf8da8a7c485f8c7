package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.content.Paper;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seam for related papers (text similarity lives in the themes stage). Called once per build with every
 * published paper, so an implementation can index them once; slugs it returns that are not published are
 * ignored, and at most {@link SiteConfig#relatedPapers()} are shown.
 */
@FunctionalInterface
public interface RelatedPapersFinder {
    RelatedPapersFinder NONE = (papers, config) -> Map.of();
    /** The default: TF-IDF cosine similarity over title, abstract and notes (see {@link TextSimilarityFinder}). */
    RelatedPapersFinder BY_TEXT = new TextSimilarityFinder();

    /** For each paper slug, the slugs of related papers, most related first; absent slugs have none. */
    Map<String, List<String>> find(List<Paper> papers, SiteConfig config);

    /**
     * The part of a paper this finder reads, compared by {@code equals}: while every paper's part and the config
     * are unchanged, {@link #find} gives the same lists, so {@code serve} can keep them.
     */
    default Object readsOf(Paper paper) {
        return paper;
    }

    /**
     * What this finder computes, named the same in every run of the same tool, so a build can keep its lists while
     * the config and what it reads of every paper are unchanged; empty (the default) when they must not be kept.
     */
    default Optional<String> cacheName() {
        return Optional.empty();
    }
}
