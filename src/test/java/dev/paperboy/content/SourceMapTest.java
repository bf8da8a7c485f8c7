package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class SourceMapTest {
    private static final String FRONT_MATTER = """
            title: A paper
            organization:
              account: deepmind
            themes: [optimization, theory]
            """;

    /** The source map of front matter that starts on line 2, as after a content file's opening "---". */
    private static SourceMap sourceOf(String file, String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        SourceMap source = new YamlReader().read(file, yaml, 2, diagnostics)
                .map(mapping -> new SourceMap(mapping.positions(), 3))
                .orElseThrow();
        assertEquals(0, diagnostics.formatted().size(), diagnostics.formatted().toString());
        return source;
    }

    @Test
    void aValueIsWhereItsKeyOrListItemStarts() {
        SourceMap source = sourceOf("content/papers/a.md", FRONT_MATTER);
        assertEquals("content/papers/a.md:2:1", source.pos("/title").toString());
        assertEquals("content/papers/a.md:4:3", source.pos("/organization/account").toString());
        assertEquals("content/papers/a.md:5:24", source.pos("/themes/1").toString());
    }

    @Test
    void aValueNotInTheFileIsWhereTheNearestEnclosingOneStarts() {
        SourceMap source = sourceOf("content/papers/a.md", FRONT_MATTER);
        assertEquals("content/papers/a.md:3:1", source.pos("/organization/name").toString());
        assertEquals("content/papers/a.md:5:1", source.pos("/themes/7").toString());
        assertEquals("content/papers/a.md:2", source.pos("/upvotes").toString());
    }

    @Test
    void withoutFrontMatterPositionsEveryValueIsOnLineOne() {
        SourceMap source = sourceOf("content/papers/empty.md", "");
        assertEquals("content/papers/empty.md", source.file());
        assertEquals("content/papers/empty.md:1", source.pos("/title").toString());
        assertEquals("content/papers/empty.md:1", source.pos("").toString());
    }

    @Test
    void filesWithTheSamePointersKeepTheirOwnPositions() {
        SourceMap first = sourceOf("content/papers/a.md", FRONT_MATTER);
        SourceMap second = sourceOf("content/papers/b.md", "# moved down\n\n" + FRONT_MATTER.replace("[", "[  "));
        assertEquals("content/papers/a.md:5:24", first.pos("/themes/1").toString());
        assertEquals("content/papers/b.md:7:26", second.pos("/themes/1").toString());
        assertEquals("content/papers/b.md:4:1", second.pos("/title").toString());
        assertEquals(sourceOf("content/papers/a.md", FRONT_MATTER), first);
    }
}
