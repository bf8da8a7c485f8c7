package dev.paperboy.publish.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A streaming 128-bit hash (two independent 64-bit multiply-rotate lanes with a final avalanche), for build-cache
 * keys. It is not cryptographic: the cache guards against accidental change, and 128 bits make an accidental
 * collision as unlikely as a disk error. Not thread-safe; one per key.
 */
public final class Hash128 {
    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    /** Eight {@code ?}, and what finds a zero byte in a word: for {@link #hasQuestionMark}. */
    private static final long QUESTION_MARKS = 0x3F3F3F3F3F3F3F3FL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final char[] chunk = new char[256];
    private long lane1 = 0x243F6A8885A308D3L;
    private long lane2 = 0x13198A2E03707344L;
    private long words;

    public void word(long word) {
        lane1 = mix1(lane1, word);
        lane2 = mix2(lane2, word, lane1);
        words++;
    }

    /**
     * Adds a string, after a length word whose low byte is {@code kind}: what the caller takes the string for.
     * Most are Latin-1 (ASCII, in practice): those are hashed from a copy of their bytes, eight chars to a word,
     * twice as fast as reading chars under C1. A Latin-1 copy has {@code ?} for every char beyond Latin-1, so a
     * string whose copy has more {@code ?} than the string itself is hashed as UTF-16 chars instead, four to a
     * word, as is one that ends beyond Latin-1 (an excerpt's ellipsis), without a copy. Which form is used depends
     * on the text alone, and the length word says which it was.
     */
    public void chars(char kind, String text) {
        int last = text.length() - 1;
        if (last >= 0 && text.charAt(last) > 0xFF || !latin1(kind, text, text.getBytes(StandardCharsets.ISO_8859_1))) {
            utf16(kind, text);
        }
    }

    /** Adds the 16 bytes of a digest as two words. */
    public void digest(byte[] digest) {
        word(wordAt(digest, 0));
        word(wordAt(digest, 8));
    }

    /** Adds {@code bytes} as the Latin-1 form of {@code text}, unless it is not that: then adds nothing. */
    private boolean latin1(char kind, String text, byte[] bytes) {
        long length = ((long) bytes.length << 1 | 1) << 8 | kind;
        long a = mix1(lane1, length);
        long b = mix2(lane2, length, a);
        boolean checked = false;
        int full = bytes.length & ~7;
        for (int i = 0; i < full; i += 8) {
            long word = wordAt(bytes, i);
            if (!checked && hasQuestionMark(word)) {
                if (!isLatin1(text, bytes)) {
                    return false;
                }
                checked = true;
            }
            a = mix1(a, word);
            b = mix2(b, word, a);
        }
        long rest = 0;
        for (int i = full, shift = 0; i < bytes.length; i++, shift += 8) {
            if (!checked && bytes[i] == '?') {
                if (!isLatin1(text, bytes)) {
                    return false;
                }
                checked = true;
            }
            rest |= (bytes[i] & 0xFFL) << shift;
        }
        lane1 = mix1(a, rest);
        lane2 = mix2(b, rest, lane1);
        words += 2 + full / 8;
        return true;
    }

    /** Whether {@code bytes}, the Latin-1 copy of {@code text}, has a {@code ?} only where the text has one. */
    private static boolean isLatin1(String text, byte[] bytes) {
        int marks = 0;
        for (byte value : bytes) {
            if (value == '?') {
                marks++;
            }
        }
        for (int i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
            marks--;
        }
        return marks == 0;
    }

    /** Adds {@code text} as UTF-16 chars, four to a word: the words {@link #word} would add, mixed in locals. */
    private void utf16(char kind, String text) {
        int length = text.length();
        long a = mix1(lane1, (long) length << 9 | kind);
        long b = mix2(lane2, (long) length << 9 | kind, a);
        long added = 1;
        for (int start = 0; start < length; start += chunk.length) {
            int end = Math.min(length, start + chunk.length);
            text.getChars(start, end, chunk, 0);
            int count = end - start;
            int i = 0;
            for (; i + 4 <= count; i += 4) {
                long word = (long) chunk[i] | (long) chunk[i + 1] << 16 | (long) chunk[i + 2] << 32
                        | (long) chunk[i + 3] << 48;
                a = mix1(a, word);
                b = mix2(b, word, a);
            }
            long rest = 0;
            for (int shift = 0; i < count; i++, shift += 16) {
                rest |= (long) chunk[i] << shift;
            }
            a = mix1(a, rest);
            b = mix2(b, rest, a);
            added += count / 4 + 1;
        }
        lane1 = a;
        lane2 = b;
        words += added;
    }

    public void bytes(byte[] bytes) {
        word(bytes.length);
        int full = bytes.length & ~7;
        for (int i = 0; i < full; i += 8) {
            word(wordAt(bytes, i));
        }
        long rest = 0;
        for (int i = full, shift = 0; i < bytes.length; i++, shift += 8) {
            rest |= (bytes[i] & 0xFFL) << shift;
        }
        word(rest);
    }

    /** The 16-byte hash of everything added so far. */
    public byte[] finish() {
        long a = avalanche(lane1 + words * P3);
        long b = avalanche(lane2 ^ a);
        a = avalanche(a + b);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (a >>> i * 8);
            out[8 + i] = (byte) (b >>> i * 8);
        }
        return out;
    }

    /**
     * Bytes {@code i} to {@code i + 7}, little-endian: one read through a view, four times as fast under C1 as
     * shifting eight bytes together.
     */
    private static long wordAt(byte[] bytes, int i) {
        return (long) LONGS.get(bytes, i);
    }

    private static long mix1(long lane, long word) {
        return Long.rotateLeft(lane ^ word * P1, 31) * P2;
    }

    private static long mix2(long lane, long word, long newLane1) {
        return Long.rotateLeft(lane + word * P2, 27) * P3 ^ newLane1;
    }

    /** Whether a byte of {@code word} is {@code ?}: xor makes it zero, and the classic test finds a zero byte. */
    private static boolean hasQuestionMark(long word) {
        long x = word ^ QUESTION_MARKS;
        return ((x - LOW_BITS) & ~x & HIGH_BITS) != 0;
    }

    private static long avalanche(long value) {
        long h = (value ^ value >>> 33) * 0xFF51AFD7ED558CCDL;
        h = (h ^ h >>> 33) * 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }
}
