package dev.paperboy.themes;

import dev.paperboy.config.ThemeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Assigns themes to a paper from its title and abstract. Built once per taxonomy, then safe to share between
 * threads.
 *
 * <p>A theme's keywords are its declared keywords plus its name and its slug read as phrases ("Reinforcement
 * Learning", "rl"): a curator should not have to repeat the theme's own name. Keywords with the same stems
 * count once. Per keyword, a match in the title adds {@value #TITLE_WEIGHT} (once), and each match in the
 * abstract adds {@value #ABSTRACT_WEIGHT}, up to {@value #MAX_ABSTRACT_HITS} matches, so one keyword repeated
 * cannot outweigh several different ones. A theme is assigned when its score reaches the minimum score: with
 * the default of {@value #DEFAULT_MIN_SCORE}, one title match or three abstract matches, never a single
 * incidental mention in the abstract.
 */
public final class ThemeMatcher {
    public static final double TITLE_WEIGHT = 3.0;
    public static final double ABSTRACT_WEIGHT = 1.0;
    public static final int MAX_ABSTRACT_HITS = 3;
    public static final double DEFAULT_MIN_SCORE = 3.0;
    public static final int DEFAULT_MAX_THEMES = 3;

    private final Analyzer analyzer = new Analyzer();
    private final List<String> themeSlugs;
    private final int[] themeOfKeyword;
    private final PhraseIndex index;
    private final int maxThemes;
    private final double minScore;

    public ThemeMatcher(List<ThemeDef> themes) {
        this(themes, DEFAULT_MAX_THEMES, DEFAULT_MIN_SCORE);
    }

    /**
     * @throws IllegalArgumentException if a keyword has no words, {@code maxThemes < 1} or {@code minScore <= 0}
     */
    public ThemeMatcher(List<ThemeDef> themes, int maxThemes, double minScore) {
        if (maxThemes < 1) {
            throw new IllegalArgumentException("maxThemes must be at least 1: " + maxThemes);
        }
        if (!(minScore > 0)) {
            throw new IllegalArgumentException("minScore must be positive: " + minScore);
        }
        this.maxThemes = maxThemes;
        this.minScore = minScore;
        this.themeSlugs = themes.stream().map(ThemeDef::slug).toList();
        List<TokenSequence> keywords = new ArrayList<>();
        List<Integer> themeOf = new ArrayList<>();
        for (int t = 0; t < themes.size(); t++) {
            Set<String> seen = new HashSet<>();
            for (String keyword : keywordsOf(themes.get(t))) {
                TokenSequence tokens = analyzer.tokenize(keyword);
                if (tokens.size() == 0) {
                    throw new IllegalArgumentException(
                            "theme \"" + themes.get(t).slug() + "\": keyword \"" + keyword + "\" has no words");
                }
                if (seen.add(stemKey(tokens))) {
                    keywords.add(tokens);
                    themeOf.add(t);
                }
            }
        }
        this.themeOfKeyword = themeOf.stream().mapToInt(Integer::intValue).toArray();
        this.index = new PhraseIndex(keywords);
    }

    /** The themes the paper matches, best first, at most {@code maxThemes}; ties keep taxonomy order. */
    public List<ThemeScore> match(String title, String abstractText) {
        int[] titleHits = index.hits(analyzer.tokenize(title));
        int[] abstractHits = index.hits(analyzer.tokenize(abstractText));
        double[] scores = new double[themeSlugs.size()];
        for (int k = 0; k < themeOfKeyword.length; k++) {
            scores[themeOfKeyword[k]] += TITLE_WEIGHT * Math.min(titleHits[k], 1)
                    + ABSTRACT_WEIGHT * Math.min(abstractHits[k], MAX_ABSTRACT_HITS);
        }
        return IntStream.range(0, scores.length)
                .filter(t -> scores[t] >= minScore)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(t -> -scores[t]).thenComparingInt(t -> t))
                .limit(maxThemes)
                .map(t -> new ThemeScore(themeSlugs.get(t), scores[t]))
                .toList();
    }

    private static List<String> keywordsOf(ThemeDef theme) {
        List<String> keywords = new ArrayList<>(theme.keywords());
        keywords.add(theme.name());
        keywords.add(theme.slug());
        return keywords;
    }

    private static String stemKey(TokenSequence tokens) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            key.append(tokens.stem(i)).append(' ');
        }
        return key.toString();
    }
}
