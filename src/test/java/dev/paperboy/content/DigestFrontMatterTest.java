package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestFrontMatterTest {
    /** An import of one 10,000-entry listing once wrote a digest (1.5 MB) that the build then refused to read. */
    @Test
    void whatImportWritesForAListingOfFiftyThousandPapersIsReadBack() {
        List<String> slugs = IntStream.range(0, 50_000)
                .mapToObj(i -> String.format(Locale.ROOT, "a-paper-title-as-long-as-slugs-get-%045d", i)).toList();
        String text = FrontMatterFile.FENCE + "\n" + new YamlWriter().mapping(DigestFrontMatter.create(slugs))
                + FrontMatterFile.FENCE + "\n";
        Diagnostics diagnostics = new Diagnostics();
        Digest digest = new DigestReader(new YamlReader()).read("2025-11-13", "content/digests/2025-11-13.md", text,
                diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.formatted());
        assertEquals(slugs, digest.papers());
    }
}
