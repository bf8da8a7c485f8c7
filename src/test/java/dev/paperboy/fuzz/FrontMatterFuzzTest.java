package dev.paperboy.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.DigestReader;
import dev.paperboy.content.PaperReader;
import dev.paperboy.content.TextFiles;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;

/**
 * Any bytes as a paper, a digest or site.yaml: the readers either accept them or report errors; any other
 * exception is a bug. Crashing inputs found by fuzzing are kept under src/test/resources as regression cases.
 */
class FrontMatterFuzzTest {
    private static final YamlReader YAML = new YamlReader();
    private static final PaperReader PAPERS = new PaperReader(YAML);
    private static final DigestReader DIGESTS = new DigestReader(YAML);
    private static final SiteConfigLoader CONFIG = new SiteConfigLoader(YAML);

    @FuzzTest(maxDuration = "10s")
    void readersReportBadBytesWithoutCrashing(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        TextFiles.decode(bytes, "content/papers/x.md", diagnostics).ifPresent(text -> {
            boolean paper = PAPERS.read("x", "content/papers/x.md", text, diagnostics).isPresent();
            DIGESTS.read("2025-11-13", "content/digests/2025-11-13.md", text, diagnostics);
            CONFIG.parse(text, diagnostics);
            assertTrue(paper || diagnostics.hasErrors(), "a refused paper always says why");
        });
        diagnostics.formatted().forEach(line -> assertTrue(line.indexOf('\n') < 0, "one line per problem"));
    }
}
