package dev.paperboy.listing;

import java.util.Map;
import java.util.Set;

/** What {@link LatexCleaner} knows: LaTeX commands and the Unicode text they stand for. */
final class LatexTables {
    /** Math and text commands that stand for one symbol; spaces after them are kept. */
    static final Map<String, String> SYMBOLS = Map.ofEntries(
            // Greek, lower case, with the var-forms
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ϵ"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("varkappa", "ϰ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"),
            Map.entry("xi", "ξ"), Map.entry("omicron", "ο"), Map.entry("pi", "π"), Map.entry("varpi", "ϖ"),
            Map.entry("rho", "ρ"), Map.entry("varrho", "ϱ"), Map.entry("sigma", "σ"), Map.entry("varsigma", "ς"),
            Map.entry("tau", "τ"), Map.entry("upsilon", "υ"), Map.entry("phi", "ϕ"), Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("digamma", "ϝ"),
            // Greek, upper case, with the amsmath var-forms
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Upsilon", "Υ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("varGamma", "Γ"), Map.entry("varDelta", "Δ"), Map.entry("varTheta", "Θ"),
            Map.entry("varLambda", "Λ"), Map.entry("varXi", "Ξ"), Map.entry("varPi", "Π"), Map.entry("varSigma", "Σ"),
            Map.entry("varUpsilon", "Υ"), Map.entry("varPhi", "Φ"), Map.entry("varPsi", "Ψ"),
            Map.entry("varOmega", "Ω"),
            // calculus and operators
            Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("infty", "∞"), Map.entry("times", "×"),
            Map.entry("cdot", "·"), Map.entry("cdots", "⋯"), Map.entry("ldots", "…"), Map.entry("dots", "…"),
            Map.entry("vdots", "⋮"), Map.entry("ddots", "⋱"), Map.entry("sum", "∑"), Map.entry("prod", "∏"),
            Map.entry("int", "∫"), Map.entry("oint", "∮"), Map.entry("sqrt", "√"), Map.entry("pm", "±"),
            Map.entry("mp", "∓"), Map.entry("div", "÷"), Map.entry("circ", "∘"), Map.entry("ast", "∗"),
            Map.entry("star", "⋆"), Map.entry("bullet", "•"), Map.entry("oplus", "⊕"), Map.entry("otimes", "⊗"),
            Map.entry("odot", "⊙"), Map.entry("propto", "∝"), Map.entry("prime", "′"), Map.entry("dagger", "†"),
            // relations
            Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("leqslant", "⩽"), Map.entry("ge", "≥"),
            Map.entry("geq", "≥"), Map.entry("geqslant", "⩾"), Map.entry("ne", "≠"), Map.entry("neq", "≠"),
            Map.entry("approx", "≈"), Map.entry("sim", "∼"), Map.entry("simeq", "≃"), Map.entry("cong", "≅"),
            Map.entry("equiv", "≡"), Map.entry("ll", "≪"), Map.entry("gg", "≫"), Map.entry("in", "∈"),
            Map.entry("notin", "∉"), Map.entry("ni", "∋"), Map.entry("subset", "⊂"), Map.entry("subseteq", "⊆"),
            Map.entry("supset", "⊃"), Map.entry("supseteq", "⊇"), Map.entry("perp", "⊥"), Map.entry("parallel", "∥"),
            Map.entry("mid", "∣"), Map.entry("models", "⊨"), Map.entry("vdash", "⊢"),
            // sets and logic
            Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("setminus", "∖"), Map.entry("emptyset", "∅"),
            Map.entry("varnothing", "∅"), Map.entry("forall", "∀"), Map.entry("exists", "∃"), Map.entry("neg", "¬"),
            Map.entry("lnot", "¬"), Map.entry("land", "∧"), Map.entry("wedge", "∧"), Map.entry("lor", "∨"),
            Map.entry("vee", "∨"),
            // arrows
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("gets", "←"),
            Map.entry("leftrightarrow", "↔"), Map.entry("Rightarrow", "⇒"), Map.entry("Leftarrow", "⇐"),
            Map.entry("Leftrightarrow", "⇔"), Map.entry("implies", "⟹"), Map.entry("iff", "⟺"),
            Map.entry("mapsto", "↦"), Map.entry("longrightarrow", "⟶"), Map.entry("uparrow", "↑"),
            Map.entry("downarrow", "↓"),
            // delimiters and letter-like symbols
            Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"), Map.entry("lfloor", "⌊"), Map.entry("rfloor", "⌋"),
            Map.entry("lceil", "⌈"), Map.entry("rceil", "⌉"), Map.entry("vert", "|"), Map.entry("lvert", "|"),
            Map.entry("rvert", "|"), Map.entry("Vert", "‖"), Map.entry("ell", "ℓ"), Map.entry("hbar", "ℏ"),
            Map.entry("Re", "ℜ"), Map.entry("Im", "ℑ"), Map.entry("aleph", "ℵ"), Map.entry("degree", "°"),
            // operator names print as their names
            Map.entry("log", "log"), Map.entry("ln", "ln"), Map.entry("exp", "exp"), Map.entry("sin", "sin"),
            Map.entry("cos", "cos"), Map.entry("tan", "tan"), Map.entry("max", "max"), Map.entry("min", "min"),
            Map.entry("arg", "arg"), Map.entry("lim", "lim"), Map.entry("sup", "sup"), Map.entry("inf", "inf"),
            Map.entry("det", "det"), Map.entry("dim", "dim"), Map.entry("ker", "ker"), Map.entry("Pr", "Pr"),
            Map.entry("quad", " "), Map.entry("qquad", " "),
            // text symbols
            Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"), Map.entry("dag", "†"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("copyright", "©"), Map.entry("pounds", "£"), Map.entry("textasciitilde", "~"));

    /** Text letters; like TeX, a space after them only ends the command ({@code Gro\ss e} is "Große"). */
    static final Map<String, String> TEXT_LETTERS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"));

    /** Accents written as a symbol, to the combining mark they put on the next letter. */
    static final Map<Character, Character> ACCENT_SYMBOLS = Map.of(
            '"', '\u0308', '\'', '\u0301', '`', '\u0300', '^', '\u0302', '~', '\u0303', '=', '\u0304', '.', '\u0307');

    /** Accents written as a word, text ({@code \c{c}}) and math ({@code \hat{x}}). */
    static final Map<String, Character> ACCENT_WORDS = Map.ofEntries(
            Map.entry("c", '\u0327'), Map.entry("v", '\u030C'), Map.entry("u", '\u0306'), Map.entry("H", '\u030B'),
            Map.entry("r", '\u030A'), Map.entry("k", '\u0328'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'),
            Map.entry("hat", '\u0302'), Map.entry("tilde", '\u0303'), Map.entry("bar", '\u0304'),
            Map.entry("vec", '\u20D7'), Map.entry("dot", '\u0307'), Map.entry("ddot", '\u0308'),
            Map.entry("check", '\u030C'), Map.entry("breve", '\u0306'), Map.entry("acute", '\u0301'),
            Map.entry("grave", '\u0300'));

    /** Switches that change only the look of what follows ({@code {\em finite}}). */
    static final Set<String> FONT_SWITCHES = Set.of(
            "em", "it", "bf", "rm", "sl", "sc", "tt", "sf", "itshape", "bfseries", "mdseries", "upshape", "scshape",
            "slshape", "rmfamily", "sffamily", "ttfamily", "normalfont", "tiny", "scriptsize", "footnotesize",
            "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge", "displaystyle", "textstyle");

    /** Delimiter sizing, which prints nothing itself ({@code \left(} is "(", {@code \right.} is ""). */
    static final Set<String> DELIMITER_SIZES = Set.of(
            "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl",
            "biggr", "Biggl", "Biggr");

    /** Commands whose braced argument is the text to keep ({@code \emph{new}} is "new"). */
    static final Set<String> TEXT_ARGUMENT = Set.of(
            "emph", "textit", "textbf", "textrm", "textsf", "texttt", "textsc", "textsl", "textup", "textnormal",
            "text", "mbox", "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "boldsymbol", "bm", "operatorname",
            "url", "underline");

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1000};

    private LatexTables() {
    }

    /** {@code \mathbb{R}} is ℝ. */
    static String doubleStruck(char capital) {
        return mathLetter(capital, 0x1D538, "CℂHℍNℕPℙQℚRℝZℤ");
    }

    /** {@code \mathcal{O}} is 𝒪. */
    static String script(char capital) {
        return mathLetter(capital, 0x1D49C, "BℬEℰFℱHℋIℐLℒMℳRℛ");
    }

    /**
     * A capital of a math alphabet. Letters Unicode had already encoded in the letterlike block are holes in the
     * math alphabets, so they come from {@code letterlike}: pairs of capital and symbol.
     */
    private static String mathLetter(char capital, int alphabetStart, String letterlike) {
        for (int i = 0; i < letterlike.length(); i += 2) {
            if (letterlike.charAt(i) == capital) {
                return String.valueOf(letterlike.charAt(i + 1));
            }
        }
        return Character.toString(alphabetStart + capital - 'A');
    }

    /** Lower-case Roman numeral of 1 to 3999, as {@code \romannumeral} prints it. */
    static String roman(int value) {
        StringBuilder out = new StringBuilder();
        String units = "ivxlcdm";
        int rest = value;
        for (int place = 3; place >= 0; place--) {
            int power = POWERS_OF_TEN[place];
            int digit = rest / power;
            rest %= power;
            char one = units.charAt(place * 2);
            if (place == 3) {
                out.append(String.valueOf(one).repeat(digit));
                continue;
            }
            char five = units.charAt(place * 2 + 1);
            char ten = units.charAt(place * 2 + 2);
            if (digit == 9) {
                out.append(one).append(ten);
            } else if (digit == 4) {
                out.append(one).append(five);
            } else {
                out.append(digit >= 5 ? String.valueOf(five) : "").append(String.valueOf(one).repeat(digit % 5));
            }
        }
        return out.toString();
    }
}
