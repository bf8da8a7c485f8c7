package dev.paperboy.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.content.Content;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.Paper;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** This repository's own site: its taxonomy fits its papers. */
class RepositoryContentThemesTest {
    private final YamlReader yaml = new YamlReader();
    private final Diagnostics diagnostics = new Diagnostics();
    private final Content content = ContentStore.read(yaml, new SiteLayout(Path.of(".")), diagnostics);

    @Test
    void nearlyEveryPaperHasATheme() {
        assertEquals(List.of(), diagnostics.formatted());
        List<Paper> without = content.papers().stream().filter(paper -> paper.themes().isEmpty()).toList();
        double share = 100.0 * without.size() / content.papers().size();
        System.out.printf(Locale.ROOT, "%d of %d papers (%.1f %%) have no theme: %s%n", without.size(),
                content.papers().size(), share, without.stream().map(Paper::slug).toList());
        assertTrue(content.papers().size() >= 170);
        assertTrue(share < 10, share + " % of papers have no theme");
    }
}
