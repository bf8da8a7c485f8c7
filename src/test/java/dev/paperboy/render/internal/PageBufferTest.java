package dev.paperboy.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import freemarker.template.utility.StringUtil;
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

    @Test
    void escapedTextIsWhatFreemarkerEscapingMakes() {
        List<String> texts = new java.util.ArrayList<>(TEXTS);
        texts.addAll(List.of("", "<a href=\"x?a=1&b='2'\">AT&T</a>", "&&<<>>\"\"''", "café <b>", "’<’>", "😀&😀",
                "\uDE00<", ">\uD83D", "x".repeat(5000) + "&lt;"));
        for (String text : texts) {
            assertArrayEquals(utf8(StringUtil.XHTMLEnc(text)), escaped("", text, ""), text);
        }
    }

    @Test
    void escapedTextMayCompleteOrLeaveASurrogatePair() {
        assertArrayEquals(utf8("a😀&amp;b"), escaped("a\uD83D", "\uDE00&", "b"));
        assertArrayEquals(utf8("a?&amp;b"), escaped("a\uD83D", "&", "b"));
        assertArrayEquals(utf8("a&lt;😀b"), escaped("a", "<\uD83D", "\uDE00b"));
        assertArrayEquals(utf8("a&lt;?"), escaped("a", "<\uD83D", ""));
    }

    @Test
    void longTextsEscapedOnceAreCopiedAfterwards() {
        String text = "Tom & Jerry ".repeat(20);
        EscapedTexts kept = new EscapedTexts(1 << 20);
        kept.keep(text, utf8("as kept"));
        PageBuffer buffer = new PageBuffer(kept);
        buffer.writeEscaped(text);
        assertArrayEquals(utf8("as kept"), buffer.utf8());

        EscapedTexts fresh = new EscapedTexts(1 << 20);
        new PageBuffer(fresh).writeEscaped(text);
        assertArrayEquals(utf8(StringUtil.XHTMLEnc(text)), fresh.get(text));
        EscapedTexts full = new EscapedTexts(10);
        new PageBuffer(full).writeEscaped(text);
        assertNull(full.get(text));
    }

    private static byte[] escaped(String before, String text, String after) {
        PageBuffer buffer = new PageBuffer();
        buffer.write(before);
        buffer.writeEscaped(text);
        buffer.write(after);
        return buffer.utf8();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
