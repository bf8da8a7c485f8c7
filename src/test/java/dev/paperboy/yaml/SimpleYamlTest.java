package dev.paperboy.yaml;

import static dev.paperboy.yaml.SameAsJackson.FIRST_LINE;
import static dev.paperboy.yaml.SameAsJackson.assertSameAsJackson;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimpleYamlTest {
    private static final int DOCUMENTS = 20_000;

    private final YamlReader reader = new YamlReader();
    private final JacksonYaml jackson = reader.jackson();

    @Test
    void readsWhateverItAcceptsAsJacksonDoes() {
        int accepted = 0;
        for (int seed = 0; seed < DOCUMENTS; seed++) {
            String yaml = new RandomFrontMatter(seed).document();
            Optional<YamlMapping> simple = reader.readSimple("f.md", yaml, FIRST_LINE);
            if (simple.isPresent()) {
                accepted++;
                assertSameAsJackson(jackson, yaml, simple.get());
            }
        }
        // Both sides must be well exercised: the shapes read here and the ones left to Jackson.
        assertTrue(accepted > DOCUMENTS / 5, "accepted only " + accepted + " of " + DOCUMENTS);
        assertTrue(accepted < DOCUMENTS * 4 / 5, "accepted " + accepted + " of " + DOCUMENTS);
    }

    @Test
    void readsFrontMatterAsTheBenchmarkCorpusHasIt() {
        assertReads("""
                title: "AdapterBench: Evaluating Autoregressive Distillations on \\"Math\\" Word Problems"
                published: 2026-03-04
                organization: {account: "stanford", name: "Stanford"}
                upvotes: 10
                authors_count: 3
                links: ["https://github.com/stanford/adapterbench-evaluat"]
                code_url: "https://github.com/stanford/adapterbench-evaluat"
                digests: [2026-03-08, 2026-03-10]
                themes: [large-language-models, multimodal]
                draft: false
                abstract: "We propose a compositional embedding (improving throughput by 7% on average) – caf\\u00e9."
                """);
    }

    @Test
    void readsFrontMatterAsImportWritesIt() {
        assertReads("""
                # The curator reordered the keys.
                title: A Deep Learning Framework for Lifelong Machine Learning
                abstract: >-
                  Humans can learn a variety of concepts and skills incrementally over the
                  course of their lives (such as "rain man"): https://youtu.be/gCuUyGETbTU
                published: 2021-04-30
                authors_count: 2
                organization:
                  account: mit
                  name: MIT CSAIL
                links:
                  - https://youtu.be/gCuUyGETbTU
                digests:
                - 2025-10-29
                themes: []
                draft: true  # until reviewed
                imported:
                  title: "AutoNumerics-Zero: Automated Discovery of State-of-the-Art Mathematical\\
                    \\ Functions"
                  abstract: sha256:a4213f5a09544cdf
                  links:
                    - https://youtu.be/gCuUyGETbTU
                """);
    }

    @Test
    void readsTheIdentityKeysAsImportWritesThem() {
        assertReads("""
                title: "Code Intelligence: a Survey"
                arxiv_id: "2511.18538"
                published: 2025-11-23
                authors:
                  - Jian Yang
                  - Jürgen Schmidhuber
                  - "O'Neil, Cathy"
                  - 李 明
                  - Ł. Kaiser
                authors_count: 5
                project_url: https://example.org/code-survey?tab=1
                imported:
                  arxiv_id: hep-th/9901001v2
                  authors:
                    - Jian Yang
                """);
    }

    @Test
    void placesEveryItemOfALongFlowListWithNonAsciiNames() {
        assertReads("""
                authors: ["Jian Yang", "Jürgen Schmidhuber", "李 明", "Ł. Kaiser", "\uD83D\uDE00 Smile", "Zoë Ø", \
                "Ada", "B\uD835\uDD4Fb", Çelik, "Dvořák", "Ærø", "Émile", "Ñandú", "Øystein", "Şahin", "Ðorđe", \
                "Ōtsuka", "Ülkü", "Ýr", "Žofia", "Ålund", "Łukasz"]
                organization: {account: "zürich", name: "ETH \uD83D\uDE00 Zürich", tags: [a, "ü", b]}
                links: ["https://example.org/ä", "https://example.org/b"]
                """);
    }

    @Test
    void readsQuotedTextWithQuestionMarksBeyondLatin1() {
        assertReads("""
                title: "Why? \u03a3\u03bf\u03c6\u03af\u03b1? caf\u00e9?"
                abstract: "An \uD83D\uDE00 emoji? Then \\"quoted\\" text? \u2013 done."
                authors: ["J\u00fcrgen?", "\u674e?", "?"]
                """);
    }

    @Test
    void readsDigestFrontMatter() {
        assertReads("""
                papers:
                  - towards-causal-mechanism-learning-with-adaptive-rewards-00000
                  - causal-benchmark-for-code-generation-00001
                note: |
                  Two papers
                    this week.
                """);
    }

    @Test
    void readsSiteConfigLists() {
        assertReads("""
                # Every key is documented in docs/manual.md.
                title: Benchmark digest
                base_url: https://bench.example.org/
                feed_items: 50
                themes:
                  - slug: large-language-models
                    name: "Large Language Models"
                    keywords: [large language models, LLM]
                  - slug: computer-vision
                    description: Papers on computer vision.
                """);
    }

    /** Shapes Jackson reads or rejects in ways not worth copying: it must be asked, so errors stay its own. */
    @ParameterizedTest
    @ValueSource(strings = {"", "# only a comment\n", "a: 1\na: 2\n", "a: {b: 1, b: 2}\n", "a: &x 1\nb: *x\n",
            "a: 'single'\n", "a: !!str 1\n", "a: b: c\n", "a: [1, 2,]\n", "a: [1,\n  2]\n", "a:\tb\n",
            "a: plain\n  continued\n", "a: \"two\n  lines\"\n", "a: 1.5e3\n", "a: 0x1F\n", "a: yes\n", "a: ~\n",
            "a: >+\n  kept\n", "a: >\n  x\n\n  y\n", "- a\n- b\n", "a: \"\\/\"\n", "a: \"\\uD83D\"\n",
            "a: x\u2028b\n", "a: \"x?\u2028b\"\n", "a: \"\uD83D\uDE00 \uFEFF\"\n", "a: 12345678901\n", "a: x #\u0085\n", "a: b\n ...\n"})
    void leavesToJackson(String yaml) {
        assertTrue(reader.readSimple("f.md", yaml, FIRST_LINE).isEmpty(), yaml);
    }

    private void assertReads(String yaml) {
        Optional<YamlMapping> simple = reader.readSimple("f.md", yaml, FIRST_LINE);
        assertTrue(simple.isPresent(), "not read:\n" + yaml);
        assertSameAsJackson(jackson, yaml, simple.get());
    }
}
