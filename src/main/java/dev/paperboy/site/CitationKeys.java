package dev.paperboy.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The BibTeX key of every published paper, unique site-wide: the first author's surname, the year and the first
 * word of the title, in ASCII ({@code vaswani2017attention}). Papers that would share a key are told apart by a
 * letter: the one that appeared in a digest first keeps the plain key (ties by slug), the next get {@code b},
 * {@code c}, ..., so papers of a new digest never change the keys of those published before.
 */
final class CitationKeys {
    private static final Set<String> SKIPPED_WORDS = Set.of("a", "an", "the");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Pattern NAME_WORDS = Pattern.compile("\\s+");
    private static final Pattern TITLE_WORDS = Pattern.compile("[\\s\\-:/]+");
    private static final Comparator<PaperEntry> FIRST_SEEN = Comparator
            .comparing((PaperEntry entry) -> entry.firstDigest().date())
            .thenComparing(entry -> entry.paper().slug());

    /** By slug: the key before deduplication, kept so a patch only works out those of changed papers. */
    private final Map<String, String> bases;
    private final Map<String, String> keys;
    /** The bases more than one paper has, whose keys depend on the order the papers were first seen in. */
    private final Set<String> sharedBases;

    private CitationKeys(Map<String, String> bases, Map<String, String> keys, Set<String> sharedBases) {
        this.bases = bases;
        this.keys = keys;
        this.sharedBases = sharedBases;
    }

    static CitationKeys of(List<PaperEntry> papers) {
        return assign(papers, null, Set.of());
    }

    /**
     * The keys after an edit, as {@link #of} would assign them. Only the groups of papers whose plain key a changed
     * paper had or has now are keyed again, when their plain keys are prefix-free among all plain keys: then no
     * lettered key of theirs can be one that another paper has or skips, nor the other way round. These very keys
     * when no changed paper's plain key moved and none shares one (the edit of a note or an abstract). Otherwise,
     * and when papers were added or removed, keys are assigned again, reusing the plain keys of unchanged papers.
     */
    CitationKeys patched(List<PaperEntry> papers, Function<String, Optional<PaperEntry>> paper,
            Set<String> changed) {
        Map<String, String> moved = new HashMap<>();
        Set<String> touched = new HashSet<>();
        for (String slug : changed) {
            Optional<PaperEntry> entry = paper.apply(slug);
            String old = bases.get(slug);
            if (entry.isEmpty() || old == null) {
                return assign(papers, this, changed);
            }
            String now = base(entry.get());
            moved.put(slug, now);
            if (!now.equals(old) || sharedBases.contains(old)) {
                touched.add(old);
                touched.add(now);
            }
        }
        if (touched.isEmpty()) {
            return this;
        }
        Map<String, String> newBases = new HashMap<>(bases);
        newBases.putAll(moved);
        Set<String> allBases = new HashSet<>(newBases.values());
        allBases.addAll(touched);
        for (String base : touched) {
            if (allBases.stream().anyMatch(other -> !other.equals(base)
                    && (other.startsWith(base) || base.startsWith(other)))) {
                return assign(papers, this, changed);
            }
        }
        Map<String, List<PaperEntry>> groups = new HashMap<>();
        for (PaperEntry entry : papers) {
            String base = newBases.get(entry.paper().slug());
            if (touched.contains(base)) {
                groups.computeIfAbsent(base, unused -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, String> newKeys = new HashMap<>(keys);
        Set<String> newShared = new HashSet<>(sharedBases);
        newShared.removeAll(touched);
        groups.forEach((base, group) -> {
            group.sort(FIRST_SEEN);
            for (int number = 0; number < group.size(); number++) {
                newKeys.put(group.get(number).paper().slug(), base + suffix(number));
            }
            if (group.size() > 1) {
                newShared.add(base);
            }
        });
        return new CitationKeys(newBases, newKeys, Set.copyOf(newShared));
    }

    String key(String slug) {
        return keys.get(slug);
    }

    private static CitationKeys assign(List<PaperEntry> papers, CitationKeys previous, Set<String> changed) {
        Map<String, String> bases = new HashMap<>(papers.size() * 2);
        Map<String, List<PaperEntry>> groups = new HashMap<>(papers.size() * 2);
        for (PaperEntry entry : papers) {
            String slug = entry.paper().slug();
            String base = previous == null || changed.contains(slug) ? base(entry) : previous.bases.get(slug);
            bases.put(slug, base);
            groups.computeIfAbsent(base, unused -> new ArrayList<>(1)).add(entry);
        }
        Map<String, String> keys = new HashMap<>(papers.size() * 2);
        List<String> shared = new ArrayList<>();
        groups.forEach((base, group) -> {
            if (group.size() == 1) {
                keys.put(group.get(0).paper().slug(), base);
            } else {
                shared.add(base);
            }
        });
        Collections.sort(shared);
        Set<String> suffixed = new HashSet<>();
        Set<String> sharedBases = Set.copyOf(shared);
        for (String base : shared) {
            List<PaperEntry> group = new ArrayList<>(groups.get(base));
            group.sort(FIRST_SEEN);
            keys.put(group.get(0).paper().slug(), base);
            int number = 0;
            for (PaperEntry entry : group.subList(1, group.size())) {
                String key;
                do {
                    key = base + suffix(++number);
                } while (groups.containsKey(key) || !suffixed.add(key));
                keys.put(entry.paper().slug(), key);
            }
        }
        return new CitationKeys(bases, keys, sharedBases);
    }

    /** 1 is {@code b}, 25 is {@code z}, 26 is {@code ba}: the first paper has no letter, as if it were {@code a}. */
    private static String suffix(int number) {
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.reverse().toString();
    }

    static String base(PaperEntry entry) {
        var paper = entry.paper();
        int year = (paper.published() != null ? paper.published() : entry.firstDigest().date()).getYear();
        return surname(paper.authors()) + year + firstWord(paper.title());
    }

    /** The last word of the first author's name that is not a suffix such as "Jr.", or "anon". */
    private static String surname(List<String> authors) {
        if (authors.isEmpty()) {
            return "anon";
        }
        String[] words = NAME_WORDS.split(authors.get(0).strip());
        for (int i = words.length - 1; i >= 0; i--) {
            String word = ascii(words[i]);
            if (!word.isEmpty() && !(NAME_SUFFIXES.contains(word) && i > 0)) {
                return word;
            }
        }
        return "anon";
    }

    private static String firstWord(String title) {
        for (String word : TITLE_WORDS.split(title)) {
            String folded = ascii(word);
            if (!folded.isEmpty() && !SKIPPED_WORDS.contains(folded)) {
                return folded;
            }
        }
        return "";
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case ASCII letters and digits of a word, accents dropped ({@code Müller} is {@code muller}). */
    static String ascii(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        // ASCII is its own decomposition: most names and titles need no Normalizer.
        String decomposed = isAscii(lower) ? lower : Normalizer.normalize(lower.replace("ß", "ss").replace('ø', 'o')
                .replace("æ", "ae").replace("œ", "oe").replace('ł', 'l'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
