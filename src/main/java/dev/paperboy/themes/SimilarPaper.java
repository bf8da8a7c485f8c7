package dev.paperboy.themes;

import java.util.Objects;

/**
 * A paper similar to another one by the text of both.
 *
 * @param slug  the similar paper's slug
 * @param score cosine similarity of the two papers' TF-IDF vectors, in (0, 1]
 */
public record SimilarPaper(String slug, double score) {
    public SimilarPaper {
        Objects.requireNonNull(slug, "slug");
        if (!(score > 0) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("score must be positive and finite: " + score);
        }
    }
}
