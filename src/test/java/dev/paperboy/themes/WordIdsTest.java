package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordIdsTest {
    @Test
    void givesTheVocabularysNumbersForWordsInPlaceThroughManyGrowths() {
        Vocabulary vocabulary = new Vocabulary();
        WordIds words = new WordIds(vocabulary);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("word").append(Integer.toString(i, 26).replace('0', 'q')).append(' ');
        }
        text.append("the Aa BB and retrieval");
        char[] chars = text.toString().toCharArray();
        for (int round = 0; round < 2; round++) {
            int start = 0;
            for (int i = 0; i <= chars.length; i++) {
                if (i == chars.length || chars[i] == ' ') {
                    String word = new String(chars, start, i - start);
                    assertEquals(vocabulary.id(word), words.id(chars, start, i), word);
                    start = i + 1;
                }
            }
        }
        assertEquals(Vocabulary.NOT_A_TERM, words.id("the".toCharArray(), 0, 3));
        assertEquals(vocabulary.id("retrieval"), words.id("xretrievalx".toCharArray(), 1, 10));
    }
}
