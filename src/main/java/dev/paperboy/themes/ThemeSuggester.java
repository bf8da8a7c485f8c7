package dev.paperboy.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Proposes themes by clustering papers' TF-IDF vectors with spherical k-means (see {@link SphericalKMeans}).
 * Papers are sorted by slug first and the start is seeded, so the same papers always give the same suggestions,
 * whatever their order.
 */
public final class ThemeSuggester {
    public static final int TOP_TERMS = 5;
    public static final int NAME_TERMS = 3;
    public static final int MIN_CLUSTERS = 2;
    public static final int MAX_CLUSTERS = 20;

    private ThemeSuggester() {
    }

    /** {@code round(sqrt(n / 2))}, kept within [{@value #MIN_CLUSTERS}, {@value #MAX_CLUSTERS}]. */
    public static int defaultClusterCount(int paperCount) {
        long k = Math.round(Math.sqrt(paperCount / 2.0));
        return (int) Math.max(MIN_CLUSTERS, Math.min(MAX_CLUSTERS, k));
    }

    /** {@link #suggest(List, Map, int)} with {@link #defaultClusterCount(int)} clusters. */
    public static List<Suggestion> suggest(List<PaperText> papers, Map<String, List<String>> themesBySlug) {
        return suggest(papers, themesBySlug, defaultClusterCount(papers.size()));
    }

    /**
     * @param themesBySlug the themes each paper carries now (paper slug → theme slugs); papers missing from it
     *                     carry none
     * @param k            how many clusters; fewer when there are fewer papers
     * @return the non-empty clusters, largest first, equal sizes by their first slug
     * @throws IllegalArgumentException if two papers share a slug or {@code k < 1}
     */
    public static List<Suggestion> suggest(List<PaperText> papers, Map<String, List<String>> themesBySlug, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        TfIdfCorpus corpus = TfIdfCorpus.of(papers);
        if (corpus.size() == 0) {
            return List.of();
        }
        SparseVector[] vectors = IntStream.range(0, corpus.size()).mapToObj(corpus::vector)
                .toArray(SparseVector[]::new);
        int[] assignment = SphericalKMeans.cluster(vectors, corpus.termCount(), Math.min(k, corpus.size()));
        Map<Integer, List<Integer>> members = IntStream.range(0, assignment.length).boxed()
                .collect(Collectors.groupingBy(d -> assignment[d], TreeMap::new, Collectors.toList()));

        List<List<String>> topTerms = members.values().stream().map(docs -> topTerms(corpus, docs)).toList();
        Set<String> stems = new HashSet<>();
        topTerms.forEach(stems::addAll);
        Map<String, String> display = SurfaceForms.of(papers, stems);

        List<Suggestion> suggestions = new ArrayList<>();
        int cluster = 0;
        for (List<Integer> docs : members.values()) {
            List<String> terms = topTerms.get(cluster++).stream().map(t -> display.getOrDefault(t, t)).toList();
            List<String> slugs = docs.stream().map(corpus::slug).toList();
            suggestions.add(new Suggestion(name(terms), terms, slugs, overlap(slugs, themesBySlug)));
        }
        suggestions.sort(Comparator.<Suggestion>comparingInt(s -> -s.paperSlugs().size())
                .thenComparing(s -> s.paperSlugs().get(0)));
        return List.copyOf(suggestions);
    }

    /** The stems with the largest summed weight over the cluster's papers, ties alphabetically. */
    private static List<String> topTerms(TfIdfCorpus corpus, List<Integer> docs) {
        Map<Integer, Double> weights = new TreeMap<>();
        for (int d : docs) {
            SparseVector v = corpus.vector(d);
            for (int i = 0; i < v.size(); i++) {
                weights.merge(v.term(i), v.weight(i), Double::sum);
            }
        }
        return weights.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(e -> corpus.term(e.getKey())))
                .limit(TOP_TERMS)
                .map(e -> corpus.term(e.getKey()))
                .toList();
    }

    private static String name(List<String> terms) {
        return terms.stream().limit(NAME_TERMS)
                .map(t -> t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1))
                .collect(Collectors.joining(" / "));
    }

    private static Map<String, Integer> overlap(List<String> slugs, Map<String, List<String>> themesBySlug) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String slug : slugs) {
            for (String theme : themesBySlug.getOrDefault(slug, List.of())) {
                counts.merge(theme, 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
