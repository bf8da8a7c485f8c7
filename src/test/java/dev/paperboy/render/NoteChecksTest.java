package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteChecksTest {
    /** Notes only these need parsing for site links: each may hold one. */
    @ParameterizedTest
    @ValueSource(strings = {"See [it](other-paper.md).", "[a][b]\n\n[b]: ../digests/2025-01-01.md",
            "<a href=\"other.md\">x</a>", "[web](https://x.org) then [it](/themes/llm/)", "[it](  https://x.org)",
            "[it](./https://x)", "Caf\u00e9 [it](other.md)", "\u03a3 [it](other.md)", "[it](ftp://x.org)",
            "[it](\u2003https://x.org)", "]]](x.md)"})
    void mayHoldASiteLink(String markdown) {
        assertTrue(NoteChecks.maySiteLink(markdown), markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "No links at all.", "See [the page](https://github.com/a/b) for details.",
            "[mail](mailto:a@b.org), [top](#intro) and [WEB]( HTTP://X.ORG)", "Caf\u00e9 [web](https://x.org)",
            "\u03a3 [web](https://x.org) [x]", "[it](\thttp://x.org)", "a ] b ( c"})
    void plainlyLinksOnlyOffTheSite(String markdown) {
        assertFalse(NoteChecks.maySiteLink(markdown), markdown);
    }
}
