package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopScoresTest {
    private record Pair(int doc, double score) {
    }

    private static final Comparator<Pair> BEST_FIRST =
            Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::doc);

    @Test
    void keepsTheBestScoresBestFirstAndEqualScoresByLowerPaper() {
        TopScores top = new TopScores(3);
        offer(top, new Pair(4, 0.5), new Pair(9, 0.9), new Pair(2, 0.5), new Pair(7, 0.1), new Pair(1, 0.5));
        assertEquals(List.of(new Pair(9, 0.9), new Pair(1, 0.5), new Pair(2, 0.5)), bestFirst(top));
    }

    @Test
    void keepsTheSamePairsWhateverTheOrderTheyAreOfferedIn() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<Pair> pairs = new ArrayList<>();
            for (int doc = 0; doc < 1 + random.nextInt(60); doc++) {
                pairs.add(new Pair(doc, random.nextInt(8) / 8.0));
            }
            Collections.shuffle(pairs, random);
            int capacity = random.nextInt(12);
            TopScores top = new TopScores(capacity);
            offer(top, pairs.toArray(Pair[]::new));
            List<Pair> expected = pairs.stream().sorted(BEST_FIRST).limit(capacity).toList();
            assertEquals(expected, bestFirst(top), pairs::toString);
        }
    }

    @Test
    void floorLetsEverythingInUntilFullThenIsTheWorstScoreKept() {
        TopScores top = new TopScores(2);
        assertEquals(Double.NEGATIVE_INFINITY, top.floor());
        offer(top, new Pair(3, 0.4));
        assertEquals(Double.NEGATIVE_INFINITY, top.floor());
        offer(top, new Pair(5, 0.7), new Pair(6, 0.6));
        assertEquals(0.6, top.floor());
    }

    @Test
    void withNoRoomKeepsNothingAndLetsNothingIn() {
        TopScores top = new TopScores(0);
        offer(top, new Pair(1, 1.0));
        assertEquals(0, top.size());
        assertEquals(Double.POSITIVE_INFINITY, top.floor());
    }

    @Test
    void clearMakesItReusable() {
        TopScores top = new TopScores(2);
        offer(top, new Pair(1, 0.9), new Pair(2, 0.8));
        top.clear();
        offer(top, new Pair(3, 0.1));
        assertEquals(List.of(new Pair(3, 0.1)), bestFirst(top));
        assertArrayEquals(new int[] {0}, top.bestFirst());
    }

    private static void offer(TopScores top, Pair... pairs) {
        for (Pair pair : pairs) {
            top.offer(pair.doc(), pair.score());
        }
    }

    private static List<Pair> bestFirst(TopScores top) {
        List<Pair> pairs = new ArrayList<>();
        for (int i : top.bestFirst()) {
            pairs.add(new Pair(top.doc(i), top.score(i)));
        }
        return pairs;
    }
}
