package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageBufferTest {
    private static final List<String> TEXTS = List.of("plain ASCII <p>", "Curator’s note · café", "emoji 😀 and 𝔸",
            "lone high \uD83D then text", "lone low \uDE00 here", "ends high \uD83D", "x".repeat(5000) + "é😀");

    @Test
    void bytesAreWhatStringGetBytesMakes() {
        for (String text : TEXTS) {
            PageBuffer buffer = new PageBuffer();
            buffer.write(text, 0, text.length());
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.utf8(), text);
            PageBuffer whole = new PageBuffer();
            whole.write(text);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), whole.utf8(), text);
        }
    }

    @Test
    void piecesMayEndBetweenTheHalvesOfASurrogatePair() {
        String text = "a😀b" + "😀".repeat(3000) + "c";
        PageBuffer buffer = new PageBuffer();
        for (int i = 0; i < text.length(); i++) {
            if (i % 3 == 0) {
                buffer.write(text.charAt(i));
            } else if (i % 3 == 1) {
                buffer.write(text.substring(i, i + 1));
            } else {
                buffer.write(text.toCharArray(), i, 1);
            }
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.utf8());
    }
}
