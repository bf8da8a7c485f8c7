package dev.paperboy.render.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A hash table keyed by a range of a char array, looked up in place: indexing the words of 10,000 papers for search
 * makes a String of each word only the first time it is met. Keys are kept end to end in one array, each slot
 * holding its key's hash, start and length, so a lookup compares characters only when the hashes agree. Not
 * thread-safe.
 *
 * @param <V> the values, never null
 */
public final class CharsTable<V> {
    private char[] chars = new char[1024];
    private int used;
    /** Per slot: the key's hash, the start of its characters in {@link #chars}, its length; values[slot] null if free. */
    private int[] hashes = new int[256];
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private Object[] values = new Object[256];
    private int size;

    /** The value of {@code text[start, end)}, or null. */
    public V get(char[] text, int start, int end) {
        int slot = slot(text, start, end, hash(text, start, end));
        return value(slot);
    }

    /** The value of {@code text[start, end)}, made from the range as a String the first time it is asked for. */
    public V computeIfAbsent(char[] text, int start, int end, Function<String, V> make) {
        int hash = hash(text, start, end);
        int slot = slot(text, start, end, hash);
        if (values[slot] == null) {
            V value = make.apply(new String(text, start, end - start));
            if (used + end - start > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + end - start));
            }
            System.arraycopy(text, start, chars, used, end - start);
            hashes[slot] = hash;
            starts[slot] = used;
            lengths[slot] = end - start;
            values[slot] = value;
            used += end - start;
            if (++size * 2 > values.length) {
                grow();
            }
            return value;
        }
        return value(slot);
    }

    /** Every value, in no particular order. */
    public List<V> values() {
        List<V> all = new ArrayList<>(size);
        for (int slot = 0; slot < values.length; slot++) {
            if (values[slot] != null) {
                all.add(value(slot));
            }
        }
        return all;
    }

    /** The slot holding the key, or the free slot where it would go. */
    private int slot(char[] text, int start, int end, int hash) {
        int mask = values.length - 1;
        int slot = hash & mask;
        while (values[slot] != null && !(hashes[slot] == hash && holds(slot, text, start, end))) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private boolean holds(int slot, char[] text, int start, int end) {
        if (lengths[slot] != end - start) {
            return false;
        }
        for (int i = start, at = starts[slot]; i < end; i++, at++) {
            if (chars[at] != text[i]) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private V value(int slot) {
        return (V) values[slot];
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        Object[] oldValues = values;
        int capacity = oldValues.length * 2;
        hashes = new int[capacity];
        starts = new int[capacity];
        lengths = new int[capacity];
        values = new Object[capacity];
        for (int old = 0; old < oldValues.length; old++) {
            if (oldValues[old] != null) {
                int slot = oldHashes[old] & capacity - 1;
                while (values[slot] != null) {
                    slot = slot + 1 & capacity - 1;
                }
                hashes[slot] = oldHashes[old];
                starts[slot] = oldStarts[old];
                lengths[slot] = oldLengths[old];
                values[slot] = oldValues[old];
            }
        }
    }

    private static int hash(char[] text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text[i];
        }
        return hash ^ hash >>> 16;
    }
}
