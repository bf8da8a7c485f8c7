package dev.paperboy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Curator notes in the shape of the shared benchmark corpus's (paragraphs led by an emphasized label, bold
 * titles, inline code, project links, a list of takeaways), with quotes, ampersands, angle brackets, bare URLs,
 * e-mail addresses and non-ASCII text mixed in. Deterministic for a seed.
 */
final class SyntheticNotes {
    private static final String[] WORDS = {"sparse", "retriever", "distillation", "\"robust\"", "R&D", "a < b",
        "café", "Curator’s", "reward", "quantization", "agent", "it's", "x > y", "50%", "kernel", "100K"};
    private static final String[] EXTRAS = {"See [the project page](https://github.com/org/repo?a=1&b=2).",
        "Bare https://example.org/path_(x) and www.example.org here.", "Mail curator@example.org.",
        "Code `mechanism.fit(\"x\") <T>` is the entry point.", "A ~~withdrawn~~ claim.", "**Bold *nested* text**."};

    private SyntheticNotes() {
    }

    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> notes = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 2 + random.nextInt(4); p++) {
                StringBuilder paragraph = new StringBuilder("*Curator note " + (p + 1) + ":* ");
                for (int s = 0; s < 2 + random.nextInt(3); s++) {
                    for (int w = 0; w < 6 + random.nextInt(8); w++) {
                        paragraph.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    paragraph.append(random.nextBoolean() ? ".\n" : ". ");
                }
                paragraph.append(EXTRAS[random.nextInt(EXTRAS.length)]);
                paragraphs.add(paragraph.toString());
            }
            StringBuilder takeaways = new StringBuilder("Key takeaways:\n\n");
            for (int i = 0; i < 2 + random.nextInt(3); i++) {
                takeaways.append(random.nextBoolean() ? "- " : (i + 1) + ". ").append("Question: ")
                        .append(WORDS[random.nextInt(WORDS.length)]).append(" on ")
                        .append(EXTRAS[random.nextInt(EXTRAS.length)]).append('\n');
            }
            paragraphs.add(1 + random.nextInt(paragraphs.size()), takeaways.toString());
            notes.add(String.join("\n\n", paragraphs));
        }
        return notes;
    }
}
