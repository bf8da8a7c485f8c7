package dev.paperboy.publish.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hash128Test {
    private static byte[] hash(String text) {
        Hash128 hash = new Hash128();
        hash.chars('s', text);
        return hash.finish();
    }

    @Test
    void sameTextSameHash() {
        assertArrayEquals(hash("A curator's note"), hash("A curator's " + "note"));
    }

    @Test
    void textsThatStringHashCodeConfusesDiffer() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertFalse(ByteBuffer.wrap(hash("Aa")).equals(ByteBuffer.wrap(hash("BB"))));
    }

    @Test
    void trailingZeroCharsAndChunkBoundariesCount() {
        String chunk = "x".repeat(256);
        Set<ByteBuffer> hashes = new HashSet<>();
        for (String text : List.of("a", "a\0", "a\0\0\0\0", chunk, chunk + "\0", chunk.substring(1), "")) {
            assertTrue(hashes.add(ByteBuffer.wrap(hash(text))), "collision for " + text.length() + " chars");
        }
    }

    @Test
    void bytesAndTheirLengthCount() {
        Hash128 one = new Hash128();
        one.bytes(new byte[] {1, 2, 3});
        Hash128 other = new Hash128();
        other.bytes(new byte[] {1, 2, 3, 0});
        assertFalse(ByteBuffer.wrap(one.finish()).equals(ByteBuffer.wrap(other.finish())));
    }

    @Test
    void oneCharEditsOfALongTextNeverCollide() {
        StringBuilder text = new StringBuilder("Notes: ".repeat(300));
        Set<ByteBuffer> hashes = new HashSet<>();
        hashes.add(ByteBuffer.wrap(hash(text.toString())));
        for (int i = 0; i < text.length(); i++) {
            char original = text.charAt(i);
            text.setCharAt(i, (char) (original + 1));
            assertTrue(hashes.add(ByteBuffer.wrap(hash(text.toString()))), "collision at " + i);
            text.setCharAt(i, original);
        }
    }

    @Test
    void textsBeyondLatin1AndQuestionMarksHashByTheirChars() {
        Set<ByteBuffer> hashes = new HashSet<>();
        for (String text : List.of("caf\u00e9", "caf?", "caf\u0100", "caf\u0101", "a?b", "a\u2026b", "a\u2027b",
                "12345678?", "12345678\u2026", "12345678", "????????", "?\u2026", "\u2026?", "??", "12345678?\u2026",
                "1234567?\u2026", "?".repeat(9) + "\u2026", "?".repeat(10))) {
            assertTrue(hashes.add(ByteBuffer.wrap(hash(text))), "collision for " + text);
            assertArrayEquals(hash(text), hash(new String(text.toCharArray())), text);
        }
    }

    @Test
    void latin1TextWithQuestionMarksHashesEightCharsToAWord() {
        Hash128 words = new Hash128();
        words.word((10 << 1 | 1) << 8 | 's');
        words.word(0x3837363534333231L);
        words.word('?' | '?' << 8);
        assertArrayEquals(words.finish(), hash("12345678??"));
    }

    @Test
    void textEndingBeyondLatin1HashesFourCharsToAWord() {
        Hash128 words = new Hash128();
        words.word(5 << 9 | 's');
        words.word(0x0034003300320031L);
        words.word('\u2026');
        assertArrayEquals(words.finish(), hash("1234\u2026"));
    }

    @Test
    void theKindOfATextCounts() {
        Hash128 html = new Hash128();
        html.chars('H', "text");
        assertFalse(ByteBuffer.wrap(html.finish()).equals(ByteBuffer.wrap(hash("text"))));
    }

    @Test
    void bytesHashEightToAWord() {
        Hash128 bytes = new Hash128();
        bytes.bytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Hash128 words = new Hash128();
        words.word(9);
        words.word(0x0807060504030201L);
        words.word(9);
        assertArrayEquals(words.finish(), bytes.finish());
    }
}
