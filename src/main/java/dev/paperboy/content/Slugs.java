package dev.paperboy.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Paper slugs: readable file names made from titles, safe on every file system. A slug matches
 * {@code ^[a-z0-9][a-z0-9-]*$}, so it can never hold a path separator, a leading dot or "..".
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ø', "o"), Map.entry('Ø', "o"),
            Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ð', "d"), Map.entry('Ð', "d"),
            Map.entry('þ', "th"), Map.entry('Þ', "th"), Map.entry('ł', "l"), Map.entry('Ł', "l"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "h"), Map.entry('&', " and "));
    /** Greek letters by their English names, lower case: math-style titles use them as words ({@code Mem-α}). */
    private static final String[] GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi",
        "chi", "psi", "omega"};
    /** Letter-like variants of Greek letters and the micro sign, to the letter they stand for. */
    private static final Map<Character, Character> GREEK_VARIANTS = Map.of(
            'µ', 'μ', 'ϵ', 'ε', 'ϑ', 'θ', 'ϰ', 'κ', 'ϖ', 'π', 'ϱ', 'ρ', 'ϕ', 'φ', 'ϐ', 'β');
    /** Names Windows refuses for files whatever the extension. */
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {
    }

    /** The slug for a title; titles without any Latin letter or digit get {@code paper-<hash>}. */
    public static String fromTitle(String title) {
        String slug = NOT_SLUG.matcher(ascii(title).toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = cut(trimHyphens(slug));
        if (slug.isEmpty()) {
            return "paper-" + sha256Hex(title).substring(0, 8);
        }
        return DEVICE_NAMES.contains(slug) ? slug + "-paper" : slug;
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches() && !DEVICE_NAMES.contains(slug);
    }

    /**
     * A title's identity: case, whitespace and punctuation ignored, so "Foo: Bar" and "foo bar" are the same
     * paper. Titles of only symbols keep their trimmed text, so they still tell papers apart.
     */
    public static String identity(String title) {
        String folded = (title.chars().allMatch(c -> c < 0x80) ? title
                : Normalizer.normalize(title, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        String words = NOT_WORD.matcher(folded).replaceAll("");
        return words.isEmpty() ? title.strip() : words;
    }

    static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String ascii(String title) {
        if (title.chars().allMatch(c -> c < 0x80 && c != '&')) {
            return title;
        }
        String unmarked = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder replaced = new StringBuilder(unmarked.length());
        for (int i = 0; i < unmarked.length(); i++) {
            char c = unmarked.charAt(i);
            String greek = greekName(c);
            replaced.append(greek != null ? " " + greek + " " : LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        return replaced.toString();
    }

    /** The name of a Greek letter ({@code μ} is "mu"), each its own word in the slug; null for other characters. */
    private static String greekName(char c) {
        char letter = Character.toLowerCase(GREEK_VARIANTS.getOrDefault(c, c));
        return letter >= 'α' && letter <= 'ω' ? GREEK[letter - 'α'] : null;
    }

    /**
     * Cuts at the last word boundary within the limit, or hard at the limit for one very long word. A cut never ends
     * on a lone number ({@code ...-an-exploration-of-8}): that reads like the suffix of a slug collision.
     */
    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int boundary = slug.lastIndexOf('-', MAX_LENGTH);
        String cut = trimHyphens(boundary > 0 ? slug.substring(0, boundary) : slug.substring(0, MAX_LENGTH));
        for (int lastWord = cut.lastIndexOf('-'); lastWord > 0
                && cut.substring(lastWord + 1).chars().allMatch(Character::isDigit); lastWord = cut.lastIndexOf('-')) {
            cut = cut.substring(0, lastWord);
        }
        return cut;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
