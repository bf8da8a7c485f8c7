package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermCounterTest {
    private final Vocabulary vocabulary = new Vocabulary();

    @Test
    void countsTitleWordsTwiceAndCompoundsJoinedLeavingOutStopWords() {
        TermCounter counter = new TermCounter(new WordIds(vocabulary));
        Map<String, Integer> counts = counts(counter.count(
                new PaperText("p", "Graph Networks", "We study GRAPH-based graphs.", "Graph-Neural networks")));
        assertEquals(Map.of("graph", 5, "network", 3, "graphbas", 1, "graphneural", 1, "neural", 1), counts);
    }

    @Test
    void countsEachPaperAfreshWhenReused() {
        PaperText second = new PaperText("b", "Retrieval", "Dense retrieval with a retrieval index.", "");
        TermCounter reused = new TermCounter(new WordIds(vocabulary));
        reused.count(new PaperText("a", "Retrieval of retrieval", "Retrieval, index, index.", "Dense index."));
        assertEquals(counts(new TermCounter(new WordIds(vocabulary)).count(second)), counts(reused.count(second)));
    }

    private Map<String, Integer> counts(TermCounts counts) {
        String[] stems = vocabulary.stems();
        Map<String, Integer> byStem = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            byStem.put(stems[counts.term(i)], counts.frequency(i));
        }
        return byStem;
    }
}
