package dev.paperboy.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatexCleanerTest {
    private static void cleans(String latex, String text) {
        assertEquals(text, LatexCleaner.clean(latex), latex);
    }

    @Test
    void turnsEscapesIntoTheirCharacters() {
        cleans("merely 0.07\\% away", "merely 0.07% away");
        cleans("SimpleSpeech2\\_demo", "SimpleSpeech2_demo");
        cleans("\\{a\\} \\& \\# \\$5", "{a} & # $5");
    }

    @Test
    void composesAccentsIntoSingleCharacters() {
        cleans("Schr\\\"odinger and H\\\"older", "Schr\u00f6dinger and H\u00f6lder");
        cleans("R\\\"ossler", "R\u00f6ssler");
        cleans("Uzna\\'{n}ski", "Uzna\u0144ski");
        cleans("Erd\\H{o}s, Fran\\c{c}ois, \\v{S}koda, Ad\\`ele, na\\\"{\\i}ve, \\'{\\i}", "Erdős, François, Škoda, Adèle, naïve, í");
        cleans("\\c c and \\v s", "ç and š");
        cleans("Gro\\ss e \\O resund", "Große Øresund");
    }

    @Test
    void readsAnEscapedQuoteAsAnApostropheWhereNoAccentIsMeant() {
        cleans("the query\\'s tokens and they\\'re, don\\'t, O\\'Brien, the models\\' outputs",
                "the query's tokens and they're, don't, O'Brien, the models' outputs");
        cleans("Jos\\'e\\'s and Kie\\'slowski, \\'Etienne", "Jos\u00e9's and Kie\u015blowski, \u00c9tienne");
    }

    @Test
    void dropsInlineMathDelimiters() {
        cleans("where \\(x_t\\) is the state and \\[ y \\]", "where x_t is the state and y");
    }

    @Test
    void writesTheLatexLeftInRealAbstractsAsText() {
        cleans("a 360{\\deg} view, 90\\deg turns, of \\deg p", "a 360° view, 90° turns, of deg p");
        cleans("fine\\nobreakdash-grained", "fine-grained");
        cleans("on GitHub\\footnote{https://github.com/x/y}.", "on GitHub (https://github.com/x/y).");
        cleans("see \\href{https://x.org/p}{our page} and \\href{https://y.org}{https://y.org}",
                "see our page (https://x.org/p) and https://y.org");
        cleans("\\ours beats \\method and \\footnote{never closed", "\\ours beats \\method and \\footnote{never closed");
    }

    @Test
    void dropsFontSwitchesAndTheirBraces() {
        cleans("in a {\\em finite sample} setting", "in a finite sample setting");
        cleans("{\\bf 1}_n and \\emph{new} and \\textbf{bold}", "1_n and new and bold");
    }

    @Test
    void unwrapsBracesAroundASingleCommand() {
        cleans("the temperature {\\tau} controls", "the temperature τ controls");
        cleans("({\\romannumeral1}) a; ({\\romannumeral3}) b", "(i) a; (iii) b");
        cleans("x^{\\alpha+1}", "x^{α+1}");
    }

    @Test
    void writesMathCommandsAsUnicode() {
        cleans("\\partial_t u - \\Delta u = 0", "∂_t u - Δ u = 0");
        cleans("\\nabla \\cdot (n \\nabla c) in \\Omega\\times(0,\\infty)", "∇ · (n ∇ c) in Ω×(0,∞)");
        cleans("\\varepsilon \\epsilon \\varphi \\phi \\Gamma \\varOmega", "ε ϵ φ ϕ Γ Ω");
        cleans("a \\le b \\geq c \\neq d \\approx e \\in S", "a ≤ b ≥ c ≠ d ≈ e ∈ S");
        cleans("\\sum \\int \\to \\leftarrow \\Rightarrow", "∑ ∫ → ← ⇒");
        cleans("f: \\mathbb{R}^n \\to \\mathbb R, \\mathcal{O}(n), \\mathcal{L}", "f: ℝ^n → ℝ, 𝒪(n), ℒ");
        cleans("\\sqrt{2} and \\sqrt{n+1}", "√2 and √(n+1)");
        cleans("\\hat{x} \\hat{\\theta}", "x\u0302 θ\u0302");
        cleans("\\log n \\cdot \\max_i", "log n · max_i");
    }

    @Test
    void dropsDelimiterSizing() {
        cleans("\\left( x \\right) and \\left\\{ a \\right.", "( x ) and { a");
    }

    @Test
    void unwrapsBracedUrlsAndDropsTheirHrefCopy() {
        cleans("Demos: {https://x.org/a\\_b/}.", "Demos: https://x.org/a_b/.");
        cleans("at https://github.com/a/b{https://github.com/a/b}. We", "at https://github.com/a/b. We");
        cleans("code{https://x.org}", "code https://x.org");
    }

    @Test
    void keepsUnknownLatexCommandsVerbatim() {
        cleans("our \\method works", "our \\method works");
        cleans("\\frac{a}{b} and D_{KL} and {no-regret}", "\\frac{a}{b} and D_{KL} and {no-regret}");
        cleans("%(n,c,w)_{t=0} 50% of", "%(n,c,w)_{t=0} 50% of");
        cleans("\\hat{ab} \\mathbb{RR} \\romannumeral0", "\\hat{ab} \\mathbb{RR} \\romannumeral0");
        cleans("a trailing \\", "a trailing \\");
        cleans("\\\" alone, \\^ o", "\\\" alone, \\^ o");
    }

    @Test
    void keepsUnbalancedBraces() {
        cleans("{open \\tau", "{open τ");
        cleans("close} \\tau}", "close} τ}");
        cleans("\\emph{never closed", "\\emph{never closed");
    }

    @Test
    void survivesDeeplyNestedBraces() {
        String nested = "{".repeat(20_000) + "x" + "}".repeat(20_000);
        assertEquals(nested, LatexCleaner.clean(nested));
    }

    @Test
    void collapsesWhitespaceAndComposesToNfc() {
        cleans("  a \t b\u00a0\u00a0c \n", "a b c");
        cleans("Scho\u0308n", "Sch\u00f6n");
    }

    @Test
    void leavesPlainTextAlone() {
        cleans("Universal Approximation Theorem for a Single-Layer Transformer",
                "Universal Approximation Theorem for a Single-Layer Transformer");
    }
}
