package dev.paperboy.themes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cluster of similar papers that could become a theme.
 *
 * @param proposedName      a name made of the cluster's top terms, for the curator to improve
 * @param topTerms          the terms most characteristic of the cluster, best first, as usually written
 * @param paperSlugs        the cluster's papers, in slug order
 * @param overlapWithThemes existing theme slug → how many of the cluster's papers carry it, most first (ties
 *                          by slug); iteration follows that order
 */
public record Suggestion(String proposedName, List<String> topTerms, List<String> paperSlugs,
                         Map<String, Integer> overlapWithThemes) {
    public Suggestion {
        Objects.requireNonNull(proposedName, "proposedName");
        topTerms = List.copyOf(topTerms);
        paperSlugs = List.copyOf(paperSlugs);
        if (paperSlugs.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one paper");
        }
        overlapWithThemes = Collections.unmodifiableMap(new LinkedHashMap<>(overlapWithThemes));
    }
}
