package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    private final Analyzer analyzer = new Analyzer();

    @Test
    void splitsOnEveryNonLetterOrDigitAndLowerCases() {
        TokenSequence tokens = analyzer.tokenize("Deep RL (via URLs): GPT4's ICLR/ICL paper");
        assertEquals(List.of("deep", "rl", "via", "urls", "gpt4", "s", "iclr", "icl", "paper"), surfaces(tokens));
    }

    @Test
    void keepsHyphenatedCompoundSplitAndJoined() {
        TokenSequence tokens = analyzer.tokenize("In-context learning of state-of-the-art models");
        assertEquals(List.of("in", "context", "learning", "of", "state", "of", "the", "art", "models"),
                surfaces(tokens));
        assertEquals("in-context", tokens.joinedSurface(0));
        assertEquals("incontext", tokens.joinedStem(0));
        assertEquals(2, tokens.compoundLength(0));
        assertNull(tokens.joinedStem(1));
        assertEquals("state-of-the-art", tokens.joinedSurface(4));
        assertEquals(4, tokens.compoundLength(4));
    }

    @Test
    void lowerCasesTheSameUnderTurkishAndGermanDefaultLocales() {
        for (var locale : List.of(DefaultLocale.TURKISH, DefaultLocale.GERMAN)) {
            DefaultLocale.run(locale, () -> assertEquals(List.of("title", "instruction", "tuning"),
                    surfaces(analyzer.tokenize("TITLE: INSTRUCTION TUNING"))));
        }
    }

    @Test
    void lowerCasesBeyondAsciiAsStringDoes() {
        for (String text : List.of("ÜBER-Straße: İZMİR and ΟΔΟΣ ΣΟΦΟΣ", "Plain ASCII, MIXED case-Words 42x",
                "Why? ΟΔΟΣ? Or \uD83D\uDE00 WORDS?", "Café? Näive?")) {
            List<String> expected = Pattern.compile("[\\p{L}\\p{Nd}]+").matcher(text.toLowerCase(Locale.ROOT))
                    .results().map(MatchResult::group).toList();
            assertEquals(expected, surfaces(analyzer.tokenize(text)), text);
        }
    }

    @Test
    void termsLeaveOutStopWordsBoilerplateNumbersAndSingleLetters() {
        List<String> terms = new ArrayList<>();
        Analyzer.forEachTerm(analyzer.tokenize("In this paper we propose a novel method: 3 Transformers, x and pre-training."),
                (stem, surface) -> terms.add(stem));
        assertEquals(List.of("transformer", "pre", "pretrain", "train"), terms);
    }

    private static List<String> surfaces(TokenSequence tokens) {
        List<String> surfaces = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            surfaces.add(tokens.surface(i));
        }
        return surfaces;
    }
}
