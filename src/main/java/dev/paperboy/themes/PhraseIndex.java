package dev.paperboy.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds keyword phrases in token sequences in one pass over the text: phrases are indexed by their first stem,
 * so each text token costs one map look-up whatever the number of keywords.
 */
final class PhraseIndex {
    private record Phrase(int keyword, String[] stems) {
    }

    private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();
    private final int keywordCount;

    /**
     * A keyword matches as its consecutive stems ("scaling law" matches "scaling laws"). A keyword that is one
     * hyphenated compound also matches its joined spelling: "in-context" matches "in context", "in-context" and
     * "incontext".
     */
    PhraseIndex(List<TokenSequence> keywords) {
        keywordCount = keywords.size();
        for (int k = 0; k < keywordCount; k++) {
            TokenSequence tokens = keywords.get(k);
            String[] stems = new String[tokens.size()];
            Arrays.setAll(stems, tokens::stem);
            add(new Phrase(k, stems));
            if (tokens.joinedStem(0) != null && tokens.compoundLength(0) == tokens.size()) {
                add(new Phrase(k, new String[] {tokens.joinedStem(0)}));
            }
        }
    }

    private void add(Phrase phrase) {
        byFirstStem.computeIfAbsent(phrase.stems()[0], s -> new ArrayList<>()).add(phrase);
    }

    /** Counts, per keyword, the token positions where it matches; one position counts once per keyword. */
    int[] hits(TokenSequence text) {
        int[] hits = new int[keywordCount];
        int[] lastStart = new int[keywordCount];
        Arrays.fill(lastStart, -1);
        for (int p = 0; p < text.size(); p++) {
            countAt(byFirstStem.get(text.stem(p)), text, p, hits, lastStart);
            if (text.joinedStem(p) != null) {
                countAt(byFirstStem.get(text.joinedStem(p)), text, p, hits, lastStart);
            }
        }
        return hits;
    }

    private static void countAt(List<Phrase> candidates, TokenSequence text, int p, int[] hits, int[] lastStart) {
        if (candidates == null) {
            return;
        }
        for (Phrase phrase : candidates) {
            if (lastStart[phrase.keyword()] != p && matchesAt(phrase.stems(), text, p)) {
                hits[phrase.keyword()]++;
                lastStart[phrase.keyword()] = p;
            }
        }
    }

    /** Single stems were matched by the look-up (against the token or the compound there); longer ones are checked. */
    private static boolean matchesAt(String[] stems, TokenSequence text, int p) {
        if (stems.length == 1) {
            return true;
        }
        if (p + stems.length > text.size()) {
            return false;
        }
        for (int i = 0; i < stems.length; i++) {
            if (!stems[i].equals(text.stem(p + i))) {
                return false;
            }
        }
        return true;
    }
}
