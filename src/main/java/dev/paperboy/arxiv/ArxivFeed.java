package dev.paperboy.arxiv;

import java.util.List;

/**
 * What the arXiv API answered to one query.
 *
 * @param totalResults how many papers match ({@code opensearch:totalResults}); more than {@code entries} holds when
 *                     the answer was cut at {@code max_results}
 * @param entries      the papers of the answer, in arXiv's order (most relevant first)
 */
public record ArxivFeed(int totalResults, List<ArxivEntry> entries) {
    public ArxivFeed {
        entries = List.copyOf(entries);
    }
}
