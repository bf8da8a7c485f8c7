package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.render.internal.SubsetMarkdown;
import dev.paperboy.site.Html;
import dev.paperboy.site.NoteSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SubsetMarkdownTest {
    private static final NoteSource SOURCE = NoteSource.paper("x");
    private static final FlexmarkMarkdown FLEXMARK = new FlexmarkMarkdown();

    /** Counts the inputs the subset accepted, after checking each gives exactly Flexmark's HTML and summary. */
    private static int acceptedAndEqual(List<String> inputs) {
        int accepted = 0;
        for (String markdown : inputs) {
            Optional<Html> subset = SubsetMarkdown.render(markdown);
            if (subset.isPresent()) {
                accepted++;
                assertEquals(FLEXMARK.renderWithFlexmark(markdown, 3, SOURCE), subset.get(), () -> escaped(markdown));
            }
        }
        return accepted;
    }

    private static String escaped(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(c == '\n' ? "\\n" : c < ' ' || c > '~'
                ? "\\u{" + Integer.toHexString(c) + "}" : Character.toString(c)));
        return shown.toString();
    }

    @Test
    void acceptsNotesShapedLikeTheBenchCorpusAndWritesFlexmarksHtml() {
        String corpusNote = """

                *Curator note 1:* Analysis suggests that the cache learns a robust verifier, improving pass@1 by 7%.
                The core idea of **AdapterBench: Evaluating Adaptive Critics?** is easy to state but hard to execute.
                The reference implementation exposes `mechanism.fit()` as its main entry point. See \
                [the project page](https://github.com/allen-ai/adapterbench-evaluat) for details.

                Key takeaways:

                - Question: few-shot mixture-of-experts on tool use
                - Strength: *unified* quantization on `world_model.step()` & "R&D" > 3

                *Curator note 2:* We further release an efficient quantization covering 263K examples.
                """;
        List<String> accepted = List.of(corpusNote, "One paragraph.", "- only\n- a list",
                "*[a link in emphasis](http://x.org/a?b=1&c=2)*, then **`code`** and `<T>`.",
                "Café — naïve 日本語 😀 «quotes» it's x > y, a:b, $5, 50-50.");
        assertEquals(accepted.size(), acceptedAndEqual(accepted));
    }

    /**
     * Checks {@code count} generated inputs and that the subset took between the given shares of them (so that
     * neither the generator nor the subset has drifted into testing nothing).
     */
    private static void assertAcceptedShareIsFlexmarks(Supplier<String> markdown, int count, double least,
            double most) {
        int accepted = acceptedAndEqual(Stream.generate(markdown).limit(count).toList());
        assertTrue(accepted >= least * count && accepted <= most * count, accepted + " of " + count + " accepted");
    }

    @Test
    void writesFlexmarksHtmlForEveryRandomNoteItAccepts() {
        assertAcceptedShareIsFlexmarks(new RandomMarkdown(20_261_124)::note, 10_000, 0.2, 0.8);
    }

    @Test
    void writesFlexmarksHtmlForEveryShortRunOfMarkupItAccepts() {
        assertAcceptedShareIsFlexmarks(new RandomMarkdown(7)::shortText, 25_000, 0.1, 0.5);
    }

    @Test
    void writesFlexmarksHtmlForEveryNestingOfEmphasisItAccepts() {
        assertAcceptedShareIsFlexmarks(new RandomMarkdown(3)::emphasis, 25_000, 0.2, 0.8);
    }

    @Test
    void declinesWhatFlexmarkReadsAsMoreThanParagraphsListsEmphasisCodeAndLinks() {
        List<String> declined = List.of("# Heading", "> quote", "* star item", "+ plus item", "1. ordered",
                "text\n---", "text\n===", "***", "- a\n\n- b", "    indented", "line  \nbreak", "line\\\nbreak",
                "<b>raw</b>", "a &copy; b", "a \\* b", "_under_", "~~gone~~", "![image](https://x.org/i.png)",
                "https://x.org", "www.x.org", "mail a@b.org", "[ref]\n\n[ref]: https://x.org", "[t](/relative)",
                "[t](mailto:a@b.org)", "Footnote[^1].", "| a | b |\n|---|---|", "```\ncode\n```", "`a  b`",
                "` a `", "``a``", "*a**", "**a*", "***a***", "a * b", "*a", "\u00a0lead", "tab\tinside", "a\r\nb");
        for (String markdown : declined) {
            assertTrue(SubsetMarkdown.render(markdown).isEmpty(), () -> escaped(markdown));
        }
    }

    @Test
    void writesAParagraphsHtmlAndSummary() {
        Html subset = SubsetMarkdown.render("*Curator note:* see `x`.").orElseThrow();
        assertEquals(new Html("<p><em>Curator note:</em> see <code>x</code>.</p>\n", "Curator note: see x."), subset);
        assertEquals(subset, FLEXMARK.render("*Curator note:* see `x`.", 3, SOURCE));
    }
}
