package dev.paperboy.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsTableTest {
    @Test
    void findsWhatAHashMapOfTheSameWordsFinds() {
        Random random = new Random(7);
        CharsTable<String> table = new CharsTable<>();
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[3 + random.nextInt(20)];
            for (int c = 0; c < text.length; c++) {
                // Few letters, so that words repeat and hashes collide.
                text[c] = "abcé\uD83D\uDE00 ".charAt(random.nextInt(7));
            }
            int start = random.nextInt(text.length);
            int end = start + random.nextInt(text.length - start + 1);
            String word = new String(text, start, end - start);
            String value = table.computeIfAbsent(text, start, end, String::new);
            assertEquals(word, value);
            assertSame(map.computeIfAbsent(word, key -> value), value, word);
            assertSame(value, table.get(word.toCharArray(), 0, word.length()));
        }
        assertEquals(new HashSet<>(map.values()), new HashSet<>(table.values()));
        assertEquals(map.size(), table.values().size());
    }

    @Test
    void knowsNothingItWasNotGiven() {
        CharsTable<String> table = new CharsTable<>();
        char[] text = "the cat".toCharArray();
        table.computeIfAbsent(text, 0, 3, word -> word);
        assertNull(table.get(text, 4, 7));
        assertNull(table.get(text, 0, 2));
        assertEquals(List.of("the"), table.values());
    }
}
