package dev.paperboy.arxiv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Scaling Laws for Sparse Experts|scaling laws  for\t\u00a0sparse experts",
            "GPT-4o: A Study|GPT 4o -- a study.",
            "Schrödinger Bridges Meet α-Divergences|Schr\\\"odinger Bridges meet $\\alpha$-Divergences",
            "{Mamba} Goes {\\em Long}|Mamba goes long"})
    void titlesOfOnePaperHaveOneKey(String listed, String arxiv) {
        assertEquals(Titles.key(listed), Titles.key(arxiv));
    }

    @Test
    void aNearMissIsAnotherKey() {
        assertNotEquals(Titles.key("Learning to Reason with Small Models"),
                Titles.key("Learning to Reason with Small Language Models"));
    }

    @Test
    void theQueryPhraseIsTheLowerCaseWordsWithoutPunctuationOrOperators() {
        assertEquals(List.of("and", "or", "not", "a", "b", "α", "divergences"),
                Titles.words("AND or \"NOT\": (a/b) $\\alpha$-Divergences"));
    }

    @Test
    void similarityRanksTheCloserTitleFirst() {
        String title = "Learning to Reason with Small Models";
        assertTrue(Titles.similarity(title, "Learning to Reason with Small Language Models")
                > Titles.similarity(title, "Reasoning about Models"));
        assertEquals(1.0, Titles.similarity(title, title.toUpperCase(java.util.Locale.ROOT)));
    }
}
