package dev.paperboy.arxiv;

import dev.paperboy.content.Slugs;
import dev.paperboy.listing.LatexCleaner;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How a paper's title is asked of arXiv and compared with the titles arXiv answers. */
final class Titles {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Titles() {
    }

    /**
     * What two titles of the same paper share: case, whitespace, punctuation and LaTeX residue ({@code $\alpha$},
     * {@code Schr\"odinger}) ignored, as import tells papers apart.
     */
    static String key(String title) {
        return Slugs.identity(LatexCleaner.clean(title));
    }

    /** The title's words, lower case: a phrase arXiv's title search reads without operators or quotes in it. */
    static List<String> words(String title) {
        String folded = Normalizer.normalize(LatexCleaner.clean(title), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_WORD.split(folded)).filter(word -> !word.isEmpty()).toList();
    }

    /** How alike two titles' words are, from 0 (nothing shared) to 1 (the same words): to rank candidates. */
    static double similarity(String a, String b) {
        Set<String> wordsA = new HashSet<>(words(a));
        Set<String> wordsB = new HashSet<>(words(b));
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        int total = wordsA.size() + wordsB.size();
        wordsA.retainAll(wordsB);
        return 2.0 * wordsA.size() / total;
    }
}
