package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeaviestTest {
    @Test
    void keepsTheHeaviestWithTiesToTheSmallerKeyInKeyOrder() {
        double[] weights = {0.2, 0.9, 0.5, 0.5, 0.1, 0.5};
        int[] keys = {10, 40, 30, 20, 50, 5};
        // 0.9 (key 40), then two of the three 0.5s: keys 5 and 20 beat 30
        assertArrayEquals(new int[] {5, 3, 1}, Heaviest.positions(weights, keys, 3));
    }

    @Test
    void keepsAllWhenThereAreNoMoreThanAskedFor() {
        assertArrayEquals(new int[] {1, 0}, Heaviest.positions(new double[] {0.3, 0.7}, new int[] {9, 2}, 2));
        assertArrayEquals(new int[] {1, 0}, Heaviest.positions(new double[] {0.3, 0.7}, new int[] {9, 2}, 5));
    }

    @Test
    void agreesWithSortingByWeightThenKey() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            int size = 1 + random.nextInt(80);
            double[] weights = new double[size];
            Arrays.setAll(weights, i -> random.nextInt(10) / 10.0);
            List<Integer> shuffled = new ArrayList<>(IntStream.range(0, size).boxed().toList());
            Collections.shuffle(shuffled, random);
            int[] keys = shuffled.stream().mapToInt(Integer::intValue).toArray();
            int count = 1 + random.nextInt(size + 3);
            int[] expected = IntStream.range(0, size).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparingInt(i -> keys[i]))
                    .limit(count)
                    .sorted(Comparator.comparingInt(i -> keys[i]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            assertArrayEquals(expected, Heaviest.positions(weights, keys, count), Arrays.toString(weights));
        }
    }

    @Test
    void selectFindsWhatSortingWouldPutAtTheIndex() {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            double[] values = new double[1 + random.nextInt(100)];
            int distinct = round % 2 == 0 ? 5 : 1000;
            Arrays.setAll(values, i -> random.nextInt(distinct));
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = random.nextInt(values.length);
            assertEquals(sorted[index], Heaviest.select(values.clone(), index), Arrays.toString(values));
        }
    }
}
