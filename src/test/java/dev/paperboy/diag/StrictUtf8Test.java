package dev.paperboy.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
    @Test
    void decodesUtf8AndDropsTheByteOrderMark() {
        StrictUtf8.Decoded decoded = StrictUtf8.decode("\uFEFFSchrödinger\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Schrödinger\r\n", decoded.text());
        assertNull(decoded.failure());
    }

    @Test
    void pointsAtTheFirstInvalidByteByLineAndCharacterColumn() {
        byte[] latin1 = "a\r\nb\rö Caf\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[latin1.length - 1];
        System.arraycopy(latin1, 0, bytes, 0, bytes.length - 1);
        bytes[bytes.length - 1] = (byte) 0xE9;
        assertEquals(new StrictUtf8.Failure(StrictUtf8.Fault.INVALID_UTF8, 3, 6, 0xE9),
                StrictUtf8.decode(bytes).failure());
    }

    @Test
    void refusesNulBytesBeforeDecoding() {
        byte[] bytes = {'x', '\n', 'y', 0, (byte) 0xFF};
        assertEquals(new StrictUtf8.Failure(StrictUtf8.Fault.NUL_BYTE, 2, 2, 0), StrictUtf8.decode(bytes).failure());
    }

    @Test
    void keepsAReplacementCharacterTheFileReallyHolds() {
        StrictUtf8.Decoded decoded = StrictUtf8.decode("Caf\u00e9 \uFFFD?".getBytes(StandardCharsets.UTF_8));
        assertEquals("Caf\u00e9 \uFFFD?", decoded.text());
        assertNull(decoded.failure());
        assertNull(decoded.dropped());
    }

    @Test
    void pointsAtAStrayContinuationByteAfterAccentedLetters() {
        byte[] valid = "Jürgen\nMüller, ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(valid, valid.length + 2);
        bytes[valid.length] = (byte) 0x80;
        bytes[valid.length + 1] = 'x';
        assertEquals(new StrictUtf8.Failure(StrictUtf8.Fault.INVALID_UTF8, 2, 9, 0x80),
                StrictUtf8.decode(bytes).failure());
    }

    @Test
    void dropsNonCharactersAndControlsFromAccentedText() {
        StrictUtf8.Decoded decoded = StrictUtf8.decode("é\n\u0007x\uFFFFy\uFFFE".getBytes(StandardCharsets.UTF_8));
        assertEquals("é\nxy", decoded.text());
        assertEquals(new StrictUtf8.Dropped(2, 1, 7, 3), decoded.dropped());
    }
}
