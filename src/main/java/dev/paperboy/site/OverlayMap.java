package dev.paperboy.site;

import java.util.HashMap;
import java.util.Map;

/**
 * An immutable map made of a base map shared between versions and the few entries changed since, laid over it, so
 * that a version with a few changes costs those changes rather than a copy of the whole map. Once the changes grow
 * to a sixteenth of the base, they are folded into a new base: a copy for every so many changes.
 */
final class OverlayMap<K, V> {
    private static final int FOLD_AT = 16;

    private final Map<K, V> base;
    /** Changed entries; a null value is a removed key. */
    private final Map<K, V> changes;

    private OverlayMap(Map<K, V> base, Map<K, V> changes) {
        this.base = base;
        this.changes = changes;
    }

    /** @param map not changed afterwards by the caller */
    static <K, V> OverlayMap<K, V> of(Map<K, V> map) {
        return new OverlayMap<>(map, Map.of());
    }

    V get(K key) {
        return changes.isEmpty() || !changes.containsKey(key) ? base.get(key) : changes.get(key);
    }

    boolean containsKey(K key) {
        return get(key) != null;
    }

    /** This map with these entries put; a null value removes its key. */
    OverlayMap<K, V> with(Map<K, V> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        Map<K, V> merged = new HashMap<>(changes);
        merged.putAll(changed);
        if (merged.size() * FOLD_AT <= base.size()) {
            return new OverlayMap<>(base, merged);
        }
        Map<K, V> folded = new HashMap<>(base);
        merged.forEach((key, value) -> {
            if (value == null) {
                folded.remove(key);
            } else {
                folded.put(key, value);
            }
        });
        return of(folded);
    }
}
