package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.config.ThemeDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeMatcherTest {
    private static final ThemeDef RL = new ThemeDef("rl", "Reinforcement Learning", "",
            List.of("RL", "policy gradient", "reward model"));
    private static final ThemeDef ICL = new ThemeDef("icl", "Prompting", "", List.of("in-context", "ICL"));
    private static final ThemeDef ARCHITECTURES = new ThemeDef("architectures", "Architectures", "",
            List.of("transformer", "state space model"));
    private static final ThemeDef SCALING = new ThemeDef("laws-of-scale", "Laws of Scale", "", List.of("scaling law"));
    private static final ThemeDef SAFETY = new ThemeDef("safety", "Safety", "", List.of("jailbreak"));
    private static final List<ThemeDef> TAXONOMY = List.of(RL, ICL, ARCHITECTURES, SCALING, SAFETY);

    private final ThemeMatcher matcher = new ThemeMatcher(TAXONOMY);

    @Test
    void keywordMatchesOnlyWholeWords() {
        assertEquals(List.of(), slugs(matcher.match("Parsing URL structure", "")));
        assertEquals(List.of(), slugs(matcher.match("Best papers of ICLR 2025", "")));
        assertEquals(List.of("rl"), slugs(matcher.match("Offline RL from logs", "")));
        assertEquals(List.of("icl"), slugs(matcher.match("Why ICL works", "")));
    }

    @Test
    void pluralsAndCaseMatchTheKeyword() {
        assertEquals(List.of("architectures"), slugs(matcher.match("Transformers Are Fast", "")));
        assertEquals(List.of("laws-of-scale"), slugs(matcher.match("Scaling Laws for Retrieval", "")));
    }

    @Test
    void phraseMatchesOnlyAsConsecutiveWords() {
        assertEquals(List.of(), slugs(matcher.match("Law and order under scaling", "")));
    }

    @Test
    void hyphenatedKeywordMatchesHyphenatedSpacedAndJoinedSpellings() {
        for (String title : List.of("In-context retrieval", "In context retrieval", "Incontext retrieval")) {
            assertEquals(List.of("icl"), slugs(matcher.match(title, "")), title);
        }
    }

    @Test
    void themeNameAndSlugCountAsKeywords() {
        assertEquals(List.of("rl"), slugs(matcher.match("A survey of reinforcement learning", "")));
        assertEquals(List.of("safety"), slugs(matcher.match("Safety cases", "")));
    }

    @Test
    void singleIncidentalAbstractMentionAssignsNothing() {
        assertEquals(List.of(), matcher.match("A new optimizer", "Unlike a transformer, our optimizer is small."));
    }

    @Test
    void repeatedAbstractMentionsAssignTheTheme() {
        List<ThemeScore> themes = matcher.match("A new optimizer",
                "We train a transformer. The transformer is deep. Every transformer layer is wide.");
        assertEquals(List.of(new ThemeScore("architectures", 3.0)), themes);
    }

    @Test
    void titleMatchOutweighsAbstractMatches() {
        List<ThemeScore> themes = matcher.match("Jailbreaking transformers",
                "We study jailbreak prompts and jailbreak defences against a jailbreak.");
        assertEquals(List.of("safety", "architectures"), slugs(themes));
        assertEquals(3.0 + 3.0, themes.get(0).score());
        assertEquals(3.0, themes.get(1).score());
    }

    @Test
    void oneKeywordRepeatedInTheAbstractCountsAtMostThreeTimes() {
        List<ThemeScore> themes = matcher.match("Notes", "jailbreak ".repeat(10));
        assertEquals(List.of(new ThemeScore("safety", ThemeMatcher.MAX_ABSTRACT_HITS)), themes);
    }

    @Test
    void returnsAtMostMaxThemesBestFirstWithTiesInTaxonomyOrder() {
        String title = "Jailbreaking in-context RL transformers under scaling laws";
        assertEquals(List.of("rl", "icl", "architectures", "laws-of-scale", "safety"),
                slugs(new ThemeMatcher(TAXONOMY, 10, ThemeMatcher.DEFAULT_MIN_SCORE).match(title, "")));
        assertEquals(List.of("rl", "icl"),
                slugs(new ThemeMatcher(TAXONOMY, 2, ThemeMatcher.DEFAULT_MIN_SCORE).match(title, "")));
        assertEquals(List.of("architectures", "rl"),
                slugs(new ThemeMatcher(TAXONOMY, 2, ThemeMatcher.DEFAULT_MIN_SCORE)
                        .match(title, "A transformer is a transformer.")));
    }

    @Test
    void lowerMinimumScoreLetsOneAbstractMentionCount() {
        ThemeMatcher lenient = new ThemeMatcher(TAXONOMY, 3, 1.0);
        assertEquals(List.of("safety"), slugs(lenient.match("Notes", "One jailbreak.")));
    }

    @Test
    void nothingMatchedGivesEmptyList() {
        assertTrue(matcher.match("Protein folding with lattice models", "Proteins fold.").isEmpty());
        assertTrue(matcher.match("", "").isEmpty());
    }

    @Test
    void matchesUpperCaseTitlesUnderTurkishDefaultLocale() {
        ThemeDef instruction = new ThemeDef("instruction-tuning", "Instruction Tuning", "", List.of("RLHF"));
        DefaultLocale.run(DefaultLocale.TURKISH, () -> {
            ThemeMatcher turkish = new ThemeMatcher(List.of(instruction));
            assertEquals(List.of("instruction-tuning"), slugs(turkish.match("INSTRUCTION TUNING AT SCALE", "")));
            assertEquals(List.of("instruction-tuning"), slugs(turkish.match("RLHF IS ALL YOU NEED", "")));
        });
    }

    @Test
    void rejectsKeywordWithoutWords() {
        ThemeDef broken = new ThemeDef("broken", "Broken", "", List.of("--"));
        assertThrows(IllegalArgumentException.class, () -> new ThemeMatcher(List.of(broken)));
    }

    private static List<String> slugs(List<ThemeScore> scores) {
        return scores.stream().map(ThemeScore::themeSlug).toList();
    }
}
