package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.diag.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterFileTest {
    /** {@code |} stands for a line break, {@code ~} for a tab, so each case fits on one line. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "---|a: 1|---|body|;            a: 1|;       body|;   4",
        "---|a: 1|b: 2|---;             a: 1|b: 2|;  '';      5",
        "---||---|;                     |;           '';      4",
        "---|---|x;                     '';          x;       3",
        "---|a: 1|--- ~ |body;          a: 1|;       body;    4",
        "---|a: 1|----|---|body;        a: 1|----|;  body;    5",
        "---|a: 1| ---|---|body;        a: 1| ---|;  body;    5",
        "---|a: 1|---x|---|;            a: 1|---x|;  '';      5",
        "---\r|a: 1\r|---\r|body\r|;    a: 1|;       body|;   4",
    })
    void splitsYamlFromBodyWithTheBodysFirstLine(String text, String yaml, String body, int bodyFirstLine) {
        FrontMatterFile split = FrontMatterFile.split("f.md", lines(text), new Diagnostics()).orElseThrow();
        assertEquals(new FrontMatterFile(lines(yaml), 2, lines(body), bodyFirstLine), split);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a: 1|---|;         f.md:1: error: missing front matter",
        "--- |a: 1|---|;    f.md:1: error: missing front matter",
        "---;               f.md:1: error: front matter is not closed",
        "---|a: 1|;         f.md:1: error: front matter is not closed",
        "---|a: 1|-- -;     f.md:1: error: front matter is not closed",
    })
    void reportsFrontMatterItCannotFind(String text, String error) {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(Optional.empty(), FrontMatterFile.split("f.md", lines(text), diagnostics));
        assertEquals(List.of(error), diagnostics.sorted().stream()
                .map(problem -> problem.pos() + ": error: " + problem.message()).toList());
    }

    private static String lines(String text) {
        return text.replace('|', '\n').replace('~', '\t');
    }
}
