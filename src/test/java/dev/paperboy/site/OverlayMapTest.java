package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlayMapTest {
    @Test
    void readsAsTheMapWithEveryChangeMadeAcrossFolds() {
        Random random = new Random(7);
        Map<Integer, String> expected = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            expected.put(i, "v" + i);
        }
        OverlayMap<Integer, String> map = OverlayMap.of(new HashMap<>(expected));
        for (int round = 0; round < 200; round++) {
            Map<Integer, String> changes = new HashMap<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                int key = random.nextInt(120);
                String value = random.nextInt(3) == 0 ? null : "r" + round;
                changes.put(key, value);
            }
            OverlayMap<Integer, String> before = map;
            Map<Integer, String> expectedBefore = new HashMap<>(expected);
            map = map.with(changes);
            changes.forEach((key, value) -> {
                if (value == null) {
                    expected.remove(key);
                } else {
                    expected.put(key, value);
                }
            });
            for (int key = 0; key < 120; key++) {
                assertEquals(expected.get(key), map.get(key), "round " + round + ", key " + key);
                assertEquals(expectedBefore.get(key), before.get(key), "an older version is unchanged");
            }
        }
    }

    @Test
    void aRemovedKeyIsGone() {
        OverlayMap<String, String> map = OverlayMap.of(Map.of("a", "1")).with(new HashMap<>(Map.of("b", "2")));
        Map<String, String> removal = new HashMap<>();
        removal.put("a", null);
        OverlayMap<String, String> removed = map.with(removal);
        assertNull(removed.get("a"));
        assertFalse(removed.containsKey("a"));
        assertEquals("2", removed.get("b"));
    }
}
