package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.Paper;
import dev.paperboy.content.SourceMap;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlPositions;
import dev.paperboy.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextSimilarityFinderTest {
    private static Paper paper(String slug, String title, String abstractText, String notes) {
        return new Paper(slug, title, null, abstractText, null, List.of(), null, null, null, List.of(), null, null,
                List.of(), List.of(), false, notes,
                new SourceMap(YamlPositions.of("content/papers/" + slug + ".md", Map.of()), 3));
    }

    private static SiteConfig config(String extra) {
        return new SiteConfigLoader(new YamlReader()).parse("title: T\n" + extra, new Diagnostics()).orElseThrow();
    }

    private final List<Paper> papers = List.of(
            paper("attention-heads", "Attention heads in transformers",
                    "We study how attention heads in transformer language models route information.", ""),
            paper("soccer-betting", "Beating the bookmakers",
                    "Soccer betting markets are inefficient; we exploit odds to generate profit.", ""),
            paper("transformer-circuits", "Circuits of attention",
                    "Transformer attention heads form circuits that route information between tokens.",
                    "Compare with the attention heads paper."));

    @Test
    void relatesPapersOnTheSameTopicAndLeavesUnrelatedOnesAlone() {
        Map<String, List<String>> related = RelatedPapersFinder.BY_TEXT.find(papers, config(""));
        assertEquals(List.of("transformer-circuits"), related.get("attention-heads"));
        assertEquals(List.of("attention-heads"), related.get("transformer-circuits"));
        assertEquals(List.of(), related.getOrDefault("soccer-betting", List.of()));
    }

    @Test
    void showsNothingWhenTheSiteTurnsRelatedPapersOff() {
        assertEquals(Map.of(), RelatedPapersFinder.BY_TEXT.find(papers, config("related_papers: 0\n")));
    }

    @Test
    void aThresholdOfOneHidesEverythingButIdenticalTexts() {
        Map<String, List<String>> related = RelatedPapersFinder.BY_TEXT.find(papers,
                config("related_threshold: 1.0\n"));
        related.values().forEach(list -> assertEquals(List.of(), list));
    }
}
