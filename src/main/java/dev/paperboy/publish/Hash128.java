package dev.paperboy.publish;

/**
 * A streaming 128-bit hash (two independent 64-bit multiply-rotate lanes with a final avalanche), for build-cache
 * keys. It is not cryptographic: the cache guards against accidental change, and 128 bits make an accidental
 * collision as unlikely as a disk error. Strings are hashed as their UTF-16 chars, four to a word, so no
 * encoding or byte array is made for them. Not thread-safe; one per key.
 */
final class Hash128 {
    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;

    private final char[] chunk = new char[256];
    private long lane1 = 0x243F6A8885A308D3L;
    private long lane2 = 0x13198A2E03707344L;
    private long words;

    void word(long word) {
        lane1 = Long.rotateLeft(lane1 ^ word * P1, 31) * P2;
        lane2 = Long.rotateLeft(lane2 + word * P2, 27) * P3 ^ lane1;
        words++;
    }

    void chars(String text) {
        int length = text.length();
        word(length);
        for (int start = 0; start < length; start += chunk.length) {
            int end = Math.min(length, start + chunk.length);
            text.getChars(start, end, chunk, 0);
            int count = end - start;
            int i = 0;
            for (; i + 4 <= count; i += 4) {
                word((long) chunk[i] | (long) chunk[i + 1] << 16 | (long) chunk[i + 2] << 32
                        | (long) chunk[i + 3] << 48);
            }
            long rest = 0;
            for (int shift = 0; i < count; i++, shift += 16) {
                rest |= (long) chunk[i] << shift;
            }
            word(rest);
        }
    }

    void bytes(byte[] bytes) {
        word(bytes.length);
        long pending = 0;
        for (int i = 0; i < bytes.length; i++) {
            pending |= (bytes[i] & 0xFFL) << (i % 8) * 8;
            if (i % 8 == 7) {
                word(pending);
                pending = 0;
            }
        }
        word(pending);
    }

    /** The 16-byte hash of everything added so far. */
    byte[] finish() {
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

    private static long avalanche(long value) {
        long h = (value ^ value >>> 33) * 0xFF51AFD7ED558CCDL;
        h = (h ^ h >>> 33) * 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }
}
