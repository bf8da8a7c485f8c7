package dev.paperboy.themes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the topical terms of one corpus build as they are first seen, from any thread. Word to number is
 * remembered per written word, so a word the corpus repeats costs one look-up, not a stem, a stop-word check and
 * a look-up. The numbers depend on thread timing: {@link TfIdfCorpus} renumbers them alphabetically.
 */
final class Vocabulary {
    static final int NOT_A_TERM = -1;

    private final Map<String, Integer> idByWord = new ConcurrentHashMap<>();
    private final Map<String, Integer> idByStem = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();

    /** @param word a lower-case word, or a compound with its hyphens removed */
    int id(String word) {
        Integer id = idByWord.get(word);
        return id != null ? id : idByWord.computeIfAbsent(word, this::newId);
    }

    private int newId(String word) {
        String stem = Stemmer.stem(word);
        return Analyzer.isTopical(stem) ? idByStem.computeIfAbsent(stem, s -> nextId.getAndIncrement()) : NOT_A_TERM;
    }

    /** The stems, indexed by their number. */
    String[] stems() {
        String[] stems = new String[idByStem.size()];
        idByStem.forEach((stem, id) -> stems[id] = stem);
        return stems;
    }
}
