package dev.paperboy.themes;

import java.util.Arrays;

/** Picks the heaviest few of a list of weighted items, the way both a vector's terms and a term's postings are cut. */
final class Heaviest {
    private Heaviest() {
    }

    /**
     * @param weights the items' weights
     * @param keys    the items' keys, all different: at equal weight the smaller key wins
     * @return the positions of the {@code count} heaviest items (all of them if there are no more), in key order
     */
    static int[] positions(double[] weights, int[] keys, int count) {
        double cut = Double.NEGATIVE_INFINITY;
        if (weights.length > count) {
            cut = select(weights.clone(), weights.length - count);
        }
        long[] kept = new long[Math.min(weights.length, count)];
        long[] atCut = new long[weights.length];
        int keptCount = 0;
        int atCutCount = 0;
        for (int i = 0; i < weights.length; i++) {
            long keyAndPosition = (long) keys[i] << 32 | i;
            if (weights[i] > cut) {
                kept[keptCount++] = keyAndPosition;
            } else if (weights[i] == cut) {
                atCut[atCutCount++] = keyAndPosition;
            }
        }
        Arrays.sort(atCut, 0, atCutCount);
        System.arraycopy(atCut, 0, kept, keptCount, kept.length - keptCount);
        Arrays.sort(kept);
        int[] positions = new int[kept.length];
        for (int k = 0; k < kept.length; k++) {
            positions[k] = (int) kept[k];
        }
        return positions;
    }

    /**
     * The value that would be at {@code index} if {@code values} were sorted ascending, found by partitioning
     * around a middle pivot like quicksort but going on into one side only: linear on average, where a sort to
     * find it would not be. Reorders {@code values}.
     */
    static double select(double[] values, int index) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swapped = values[i];
                    values[i++] = values[j];
                    values[j--] = swapped;
                }
            }
            if (index <= j) {
                high = j;
            } else if (index >= i) {
                low = i;
            } else {
                break;
            }
        }
        return values[index];
    }
}
