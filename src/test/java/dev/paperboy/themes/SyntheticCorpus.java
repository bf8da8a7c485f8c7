package dev.paperboy.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Paper-like texts for benchmarks: a Zipf-distributed vocabulary (English function words at the top ranks,
 * then pronounceable made-up words), and topics that each favour their own few hundred words.
 */
public final class SyntheticCorpus {
    private static final String[] FUNCTION_WORDS = ("the of and to in a is for we that on with this by are as be "
            + "model models from our an which can learning data results method training performance show").split(" ");
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final int VOCABULARY = 30_000;
    private static final int TOPICS = 60;
    private static final int WORDS_PER_TOPIC = 300;

    private final Random random = new Random(7);
    private final String[] words = new String[VOCABULARY];
    private final double[] vocabularyCdf = zipfCdf(VOCABULARY, 1.05);
    private final double[] topicCdf = zipfCdf(WORDS_PER_TOPIC, 0.9);
    private final int[][] topicWords = new int[TOPICS][WORDS_PER_TOPIC];

    public SyntheticCorpus() {
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = i < FUNCTION_WORDS.length ? FUNCTION_WORDS[i] : madeUpWord(i);
        }
        for (int[] topic : topicWords) {
            Arrays.setAll(topic, i -> 300 + random.nextInt(VOCABULARY - 300));
        }
    }

    /** {@code n} papers with titles of about 10 words and abstracts of about 1,500 characters. */
    public List<PaperText> papers(int n) {
        List<PaperText> papers = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            int topic = random.nextInt(TOPICS);
            papers.add(new PaperText(String.format("paper-%05d", d), text(topic, 10, 0.6), text(topic, 250, 0.3), ""));
        }
        return papers;
    }

    private String text(int topic, int wordCount, double topicShare) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordCount; i++) {
            int word = random.nextDouble() < topicShare
                    ? topicWords[topic][sample(topicCdf)]
                    : sample(vocabularyCdf);
            text.append(words[word]).append(i % 17 == 16 ? ". " : " ");
        }
        return text.toString();
    }

    private int sample(double[] cdf) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(i >= 0 ? i : -i - 1, cdf.length - 1);
    }

    private static String madeUpWord(int i) {
        StringBuilder word = new StringBuilder();
        int rest = i;
        do {
            word.append(CONSONANTS.charAt(rest % CONSONANTS.length()));
            rest /= CONSONANTS.length();
            word.append(VOWELS.charAt(rest % VOWELS.length()));
            rest /= VOWELS.length();
        } while (rest > 0);
        return word.append('n').toString();
    }

    private static double[] zipfCdf(int size, double exponent) {
        double[] cdf = new double[size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cdf[r] = sum;
        }
        for (int r = 0; r < size; r++) {
            cdf[r] /= sum;
        }
        return cdf;
    }
}
