package dev.paperboy.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How stems are written: a stem's display form is its most frequent surface form, ties alphabetically. */
final class SurfaceForms {
    private SurfaceForms() {
    }

    /** @return for each of {@code stems} that occurs in the papers, its display form */
    static Map<String, String> of(List<PaperText> papers, Set<String> stems) {
        Analyzer analyzer = new Analyzer();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (PaperText paper : papers) {
            for (String text : List.of(paper.title(), paper.abstractText(), paper.notes())) {
                Analyzer.forEachTerm(analyzer.tokenize(text), (stem, surface) -> {
                    if (stems.contains(stem)) {
                        counts.computeIfAbsent(stem, s -> new HashMap<>()).merge(surface, 1, Integer::sum);
                    }
                });
            }
        }
        Map<String, String> forms = new HashMap<>();
        counts.forEach((stem, surfaces) -> forms.put(stem, surfaces.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey()));
        return forms;
    }
}
