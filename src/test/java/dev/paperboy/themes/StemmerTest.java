package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "transformers, transformer",
        "laws, law",
        "networks, network",
        "learning, learn",
        "learned, learn",
        "scaling, scale",
        "scaled, scale",
        "scales, scale",
        "studies, study",
        "processes, process",
        "embeddings, embed",
        "embedded, embed",
        "settings, set",
        "pruning, prune",
        "computed, compute",
        "biases, bias",
        "policies, policy",
        "agreed, agree",
        "llms, llm",
    })
    void unifiesFormsOfOneWord(String form, String base) {
        assertEquals(Stemmer.stem(base), Stemmer.stem(form));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "general, generate",
        "string, sting",
        "attention, attend",
        "speed, sped",
        "analysis, analyst",
    })
    void keepsUnrelatedWordsApart(String one, String other) {
        assertNotEquals(Stemmer.stem(one), Stemmer.stem(other));
    }

    @ParameterizedTest
    @CsvSource({"gpt4", "rl", "icl", "bias", "corpus", "analysis", "string", "speed"})
    void leavesShortWordsWordsWithDigitsAndNonPluralsAlone(String word) {
        assertEquals(word, Stemmer.stem(word));
    }
}
