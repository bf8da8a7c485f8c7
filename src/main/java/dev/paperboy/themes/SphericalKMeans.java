package dev.paperboy.themes;

import java.util.Arrays;
import java.util.Random;

/**
 * k-means on unit vectors with cosine similarity: each paper joins the centroid it is most similar to, each
 * centroid is its members' normalised sum. Seeded starts, a fixed iteration cap and ties broken by the lower
 * index, so the same vectors always give the same clusters.
 */
final class SphericalKMeans {
    static final long SEED = 42;
    static final int MAX_ITERATIONS = 50;
    static final int RUNS = 4;

    private SphericalKMeans() {
    }

    /**
     * Runs {@value #RUNS} times from different starts (one seeded random sequence) and keeps the run whose papers
     * are most similar to their centroids, the earliest on a tie: one unlucky start can join two topics.
     *
     * @return the cluster (0 .. k-1) of each vector; {@code k} must be between 1 and the number of vectors
     */
    static int[] cluster(SparseVector[] vectors, int dimensions, int k) {
        Random random = new Random(SEED);
        int[] best = null;
        double bestCohesion = Double.NEGATIVE_INFINITY;
        for (int run = 0; run < RUNS; run++) {
            double[][] centroids = initialCentroids(vectors, dimensions, k, random);
            int[] assignment = refine(vectors, centroids);
            double cohesion = 0;
            for (int d = 0; d < vectors.length; d++) {
                cohesion += dot(vectors[d], centroids[assignment[d]]);
            }
            if (cohesion > bestCohesion) {
                best = assignment;
                bestCohesion = cohesion;
            }
        }
        return best;
    }

    /** Lloyd iterations until no paper moves; leaves the final centroids in {@code centroids}. */
    private static int[] refine(SparseVector[] vectors, double[][] centroids) {
        int[] assignment = new int[vectors.length];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean changed = false;
            for (int d = 0; d < vectors.length; d++) {
                int nearest = nearest(vectors[d], centroids);
                changed |= nearest != assignment[d];
                assignment[d] = nearest;
            }
            if (!changed && iteration > 0) {
                break;
            }
            recomputeCentroids(vectors, assignment, centroids);
        }
        return assignment;
    }

    /**
     * Greedy k-means++ (as in scikit-learn): each next centroid is the best of a few papers drawn with probability
     * proportional to their squared distance from the centroids so far. Plain k-means++ too often starts two
     * centroids in one topic, and k-means does not recover from that.
     */
    private static double[][] initialCentroids(SparseVector[] vectors, int dimensions, int k, Random random) {
        int trials = 2 + (int) Math.log(k);
        double[][] centroids = new double[k][];
        double[] distances = new double[vectors.length];
        Arrays.fill(distances, 1);
        boolean[] chosen = new boolean[vectors.length];
        int next = random.nextInt(vectors.length);
        for (int c = 0; c < k; c++) {
            chosen[next] = true;
            centroids[c] = dense(vectors[next], dimensions);
            distances = nearerDistances(vectors, centroids[c], distances);
            if (c + 1 < k) {
                next = bestCandidate(vectors, dimensions, distances, chosen, random, trials);
            }
        }
        return centroids;
    }

    private static int bestCandidate(SparseVector[] vectors, int dimensions, double[] distances, boolean[] chosen,
                                     Random random, int trials) {
        double total = 0;
        for (int d = 0; d < vectors.length; d++) {
            total += chosen[d] ? 0 : distances[d];
        }
        if (total == 0) {
            return firstUnchosen(chosen);
        }
        int best = -1;
        double bestPotential = Double.POSITIVE_INFINITY;
        for (int trial = 0; trial < trials; trial++) {
            int candidate = draw(distances, chosen, random.nextDouble() * total);
            double potential = sum(nearerDistances(vectors, dense(vectors[candidate], dimensions), distances));
            if (potential < bestPotential) {
                best = candidate;
                bestPotential = potential;
            }
        }
        return best;
    }

    /** Each paper's squared cosine distance to the nearest centroid, once {@code centroid} is added. */
    private static double[] nearerDistances(SparseVector[] vectors, double[] centroid, double[] distances) {
        double[] nearer = new double[vectors.length];
        for (int d = 0; d < vectors.length; d++) {
            double distance = Math.max(0, 1 - dot(vectors[d], centroid));
            nearer[d] = Math.min(distances[d], distance * distance);
        }
        return nearer;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static int draw(double[] distances, boolean[] chosen, double target) {
        double sum = 0;
        int last = -1;
        for (int d = 0; d < distances.length; d++) {
            if (!chosen[d]) {
                sum += distances[d];
                last = d;
                if (sum >= target) {
                    return d;
                }
            }
        }
        return last;
    }

    private static int firstUnchosen(boolean[] chosen) {
        for (int d = 0; d < chosen.length; d++) {
            if (!chosen[d]) {
                return d;
            }
        }
        return 0;
    }

    private static int nearest(SparseVector vector, double[][] centroids) {
        int best = 0;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double similarity = dot(vector, centroids[c]);
            if (similarity > bestSimilarity) {
                best = c;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** Sums each cluster's members in paper order; a cluster left empty keeps its centroid. */
    private static void recomputeCentroids(SparseVector[] vectors, int[] assignment, double[][] centroids) {
        double[][] sums = new double[centroids.length][centroids[0].length];
        boolean[] used = new boolean[centroids.length];
        for (int d = 0; d < vectors.length; d++) {
            SparseVector v = vectors[d];
            double[] sum = sums[assignment[d]];
            used[assignment[d]] = true;
            for (int i = 0; i < v.size(); i++) {
                sum[v.term(i)] += v.weight(i);
            }
        }
        for (int c = 0; c < centroids.length; c++) {
            double norm = Math.sqrt(dot(sums[c], sums[c]));
            if (used[c] && norm > 0) {
                for (int t = 0; t < sums[c].length; t++) {
                    sums[c][t] /= norm;
                }
                centroids[c] = sums[c];
            }
        }
    }

    private static double[] dense(SparseVector vector, int dimensions) {
        double[] dense = new double[dimensions];
        for (int i = 0; i < vector.size(); i++) {
            dense[vector.term(i)] = vector.weight(i);
        }
        return dense;
    }

    private static double dot(SparseVector vector, double[] dense) {
        double sum = 0;
        for (int i = 0; i < vector.size(); i++) {
            sum += vector.weight(i) * dense[vector.term(i)];
        }
        return sum;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
