package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import dev.paperboy.content.SourceMap;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.YamlPositions;
import dev.paperboy.yaml.YamlReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Content records built in memory for model tests, with list items on lines 10, 11, ... of their file. */
final class Contents {
    private Contents() {
    }

    static SiteConfig config(String extraYaml) {
        Diagnostics diagnostics = new Diagnostics();
        return new SiteConfigLoader(new YamlReader()).parse("title: T\ntime_zone: Europe/Berlin\n" + extraYaml
                + "themes:\n  - slug: optimization\n  - slug: rl\n  - slug: theory\n", diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.formatted()));
    }

    static Paper paper(String slug, String... themes) {
        return paper(slug, false, themes);
    }

    static Paper paper(String slug, boolean draft, String... themes) {
        return paper(slug, "Title of " + slug, "", draft, List.of(themes));
    }

    static Paper paper(String slug, String title, String notes, boolean draft, List<String> themes) {
        String file = "content/papers/" + slug + ".md";
        return new Paper(slug, title, null, "", null, List.of(), null, null, null, List.of(), null, null, List.of(),
                themes, draft, notes, new SourceMap(positions(file, "/themes", themes.size()), 20));
    }

    static Digest digest(String date, boolean draft, String... papers) {
        return digest(date, "", draft, List.of(papers));
    }

    static Digest digest(String date, String title, boolean draft, List<String> papers) {
        String file = "content/digests/" + date + ".md";
        return new Digest(LocalDate.parse(date), title, papers, draft, "",
                new SourceMap(positions(file, "/papers", papers.size()), 20));
    }

    private static YamlPositions positions(String file, String key, int items) {
        Map<String, SourcePos> positions = new HashMap<>();
        for (int i = 0; i < items; i++) {
            positions.put(key + "/" + i, new SourcePos(file, 10 + i, 5));
        }
        return YamlPositions.of(file, positions);
    }
}
