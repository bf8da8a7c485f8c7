package dev.paperboy.themes;

import java.util.Objects;

/**
 * A paper related to another one.
 *
 * @param slug  the related paper's slug
 * @param score cosine similarity of the two papers' TF-IDF vectors, in (0, 1]
 */
public record Related(String slug, double score) {
    public Related {
        Objects.requireNonNull(slug, "slug");
        if (!(score > 0) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("score must be positive and finite: " + score);
        }
    }
}
