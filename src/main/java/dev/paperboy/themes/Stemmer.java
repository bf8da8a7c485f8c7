package dev.paperboy.themes;

import java.util.Set;

/**
 * A light English stemmer: plural endings, then "-ed"/"-ing", then a silent final "e", after Porter's steps 1a,
 * 1b and 5a. It only has to map the forms of one word to the same key ("scaling", "scaled", "scales" and
 * "scale" all become "scale"); keys need not be words, they are shown through their most frequent surface form.
 * Porter's later steps (-ation, -ness, -ive, ...) are left out on purpose: they merge unrelated words
 * ("general" and "generate"), which matters more here than missing a few derived forms.
 */
final class Stemmer {
    /** Words ending in "ed" that are not past forms; stripping them would split "embed" from "embedding". */
    private static final Set<String> NOT_PAST_FORMS = Set.of("embed", "imbed", "unembed", "shed", "bred", "sled");

    private Stemmer() {
    }

    /** Stems one lower-case token; tokens with digits or other non-letters are returned as they are. */
    static String stem(String word) {
        if (word.length() <= 3 || !isAllLetters(word)) {
            return word;
        }
        String w = stripPlural(word);
        if (!NOT_PAST_FORMS.contains(w)) {
            w = stripPastOrGerund(w);
        }
        return stripFinalE(w);
    }

    private static String stripPlural(String w) {
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies")) {
            return w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ias")) {
            return w;
        }
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static String stripPastOrGerund(String w) {
        if (w.endsWith("eed")) {
            String stem = w.substring(0, w.length() - 3);
            return measure(stem) > 0 ? w.substring(0, w.length() - 1) : w;
        }
        String stem;
        if (w.endsWith("ed")) {
            stem = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing")) {
            stem = w.substring(0, w.length() - 3);
        } else {
            return w;
        }
        if (stem.length() < 2 || !hasVowel(stem)) {
            return w;
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (last == stem.charAt(n - 2) && isConsonant(stem, n - 1) && "lsz".indexOf(last) < 0) {
            return stem.substring(0, n - 1);
        }
        return measure(stem) == 1 && endsConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    private static String stripFinalE(String w) {
        if (!w.endsWith("e") || w.length() <= 3) {
            return w;
        }
        String stem = w.substring(0, w.length() - 1);
        int m = measure(stem);
        return m > 1 || (m == 1 && !endsConsonantVowelConsonant(stem)) ? stem : w;
    }

    private static boolean isAllLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isConsonant(String w, int i) {
        switch (w.charAt(i)) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return false;
            case 'y':
                return i == 0 || !isConsonant(w, i - 1);
            default:
                return true;
        }
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isConsonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** Porter's m: the number of vowel-consonant runs in [C](VC)^m[V]. */
    private static int measure(String w) {
        int m = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            boolean consonant = isConsonant(w, i);
            if (consonant && inVowels) {
                m++;
            }
            inVowels = !consonant;
        }
        return m;
    }

    /** Porter's *o: ends consonant-vowel-consonant, the last not w, x or y ("hop" yes, "snow" no). */
    private static boolean endsConsonantVowelConsonant(String w) {
        int n = w.length();
        return n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1)
                && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }
}
