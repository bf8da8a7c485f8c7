package dev.paperboy.render.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The escaped UTF-8 of the long texts a build prints, kept for the rest of the build: a paper's abstract and
 * excerpts are printed on its page and again in its card on every digest and theme page that lists it, about five
 * times over, and escaping them was the largest part of rendering. Kept up to a budget of bytes, after which new
 * texts are escaped each time. Thread-safe.
 */
public final class EscapedTexts {
    /**
     * Shorter texts are escaped each time: mostly names, and links, which each page makes anew, so that looking
     * them up would cost hashing them (measured: keeping texts from 64 characters on, with shared links, was slower).
     */
    static final int MIN_LENGTH = 128;

    private final Map<String, byte[]> escaped = new ConcurrentHashMap<>();
    private final AtomicLong room;

    /** @param budget the most bytes of escaped text to keep (the texts are the views', kept anyway) */
    public EscapedTexts(long budget) {
        room = new AtomicLong(budget);
    }

    /** The escaped UTF-8 of {@code text} (at least {@link #MIN_LENGTH} long) when it was kept, else null. */
    byte[] get(String text) {
        return escaped.get(text);
    }

    /** Keeps {@code utf8}, the escaped {@code text}, if the budget allows. */
    void keep(String text, byte[] utf8) {
        if (room.addAndGet(-utf8.length) >= 0) {
            escaped.putIfAbsent(text, utf8);
        }
    }
}
