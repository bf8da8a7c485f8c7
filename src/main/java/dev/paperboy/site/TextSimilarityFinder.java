package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.content.Paper;
import dev.paperboy.themes.PaperText;
import dev.paperboy.themes.SimilarPaper;
import dev.paperboy.themes.SimilarPapers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Related papers by cosine similarity of TF-IDF vectors over title, abstract and curator notes, with the site's
 * {@code related_papers} count and {@code related_threshold}, so unrelated papers are never shown to fill a list.
 */
final class TextSimilarityFinder implements RelatedPapersFinder {
    @Override
    public Map<String, List<String>> find(List<Paper> papers, SiteConfig config) {
        if (config.relatedPapers() == 0 || papers.size() < 2) {
            return Map.of();
        }
        List<PaperText> texts = papers.stream().map(this::readsOf).toList();
        Map<String, List<SimilarPaper>> related = SimilarPapers.compute(texts, config.relatedPapers(),
                config.relatedThreshold());
        Map<String, List<String>> slugs = new LinkedHashMap<>();
        related.forEach((slug, list) -> slugs.put(slug, list.stream().map(SimilarPaper::slug).toList()));
        return slugs;
    }

    @Override
    public PaperText readsOf(Paper paper) {
        return new PaperText(paper.slug(), paper.title(), paper.abstractText(), paper.notes());
    }

    @Override
    public Optional<String> cacheName() {
        return Optional.of(TextSimilarityFinder.class.getName());
    }
}
