package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchWordsTest {
    @Test
    void foldsLatin1TextByItsTableAsTheFullFoldDoes() {
        Random random = new Random(19);
        for (int i = 0; i < 2000; i++) {
            String text = text(random, 0x100);
            assertEquals(SearchWords.foldFully(text), new String(SearchWords.fold(text)), text);
        }
    }

    @Test
    void foldsOtherTextFully() {
        Random random = new Random(20);
        for (int i = 0; i < 500; i++) {
            String text = text(random, 0x500) + "\u0130\u03a3\u0301";
            assertEquals(SearchWords.foldFully(text), new String(SearchWords.fold(text)), text);
        }
        assertEquals("garcia muller isık", new String(SearchWords.fold("García MÜLLER Işık")));
    }

    private static String text(Random random, int below) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(20); length > 0; length--) {
            text.append((char) random.nextInt(below));
        }
        return text.toString();
    }
}
