package dev.paperboy.render;

import java.util.Random;

/**
 * Markdown made to probe {@link dev.paperboy.render.internal.SubsetMarkdown}: notes built from paragraphs and lists of words, emphasis, code
 * and links, with characters and line starts that mean something to Markdown mixed in (most of them rarely, so
 * that many notes are still in the subset), and short strings of nothing but such characters. Deterministic for
 * a seed.
 */
final class RandomMarkdown {
    private static final String[] WORDS = {"sparse", "retriever", "the", "model", "R&D", "it's", "café", "naïve",
        "日本語", "😀", "x", "1", "42%", "pass@1", "pass@1.", "(see", "this)", "\"quoted\"", "end.", "why?", "yes!",
        "a:b", "$5", "a+b=c", "x^2", "{set}", "#7", "a/b", "a.b", "o'clock", "Curator note 1:", "50-50", "x > y",
        "a&b", "e.g.,", "semi;", "’", "«", "»", "—", "…"};
    /** Characters and words the subset must render right or decline: each is in it in some places. */
    private static final String[] SPECIAL = {"&", "&amp;", "&copy;", "&#35;", "&x;y", "&;", "<b>", "<", "\\*",
        "\\", "_", "__init__", "snake_case", "~", "~~gone~~", "www.example.org", "WWW.X.ORG", "https://x.org",
        "http:", "://", "a@b.org", "pass@1.5", "@home", "x@y", "|", "!", "![i](https://x.org/i.png)", "[", "]",
        "[^1]", "[x]", "[x][y]", "(", ")", "#", "\t", "  ", "`", "``", "```", "\u00a0", "\u200b", "\u00ad", "\u2028",
        "\u0085", "\r", "\u0000", "\u0007", "\uFEFF", "\u3000", "*", "**", "***", "* ", " *", "**a*", "*a**", "\"",
        ">", "'", "&&", "a*b*c", "a**b**c", "*(a)*", "**(a)**", "*a*b", "?*a*?", "$*a*$", "+*a*=", "^*a*|"};
    private static final String[] CODE = {"`code`", "`mechanism.fit()`", "`a b`", "` a`", "`a `", "`a  b`",
        "`<x> & \"y\"`", "`a\\b`", "`https://x.org`", "`*`", "``a``", "`&copy;`", "`[x](https://x.org)`", "`_a_`",
        "`a`b`", "` `", "`é`"};
    private static final String[] LINKS = {"[the project page](https://github.com/org/repo)",
        "[t](http://x.org?a=1&b=2)", "[t](https://x.org/a_(b))", "[t](HTTPS://X.ORG)", "[t](mailto:a@b.org)",
        "[t](/relative)", "[t](https://x.org \"title\")", "[*t*](https://x.org)", "[t](<https://x.org>)",
        "[a \"b\" & c](https://x.org/%20?q=1;r=2#frag)", "[t](https://x.org/&copy;)", "[t](https://例え.jp)",
        "[t]( https://x.org)", "[t](https://x.org/a~b-c_d)", "[](https://x.org)", "[t](https://)", "[t]()",
        "[a `c`](https://x.org)", "[pass@1](https://x.org)", "[a > b](https://x.org/$!+,@:=)", "[t] (https://x.org)",
        "[t](https://x.org/a%zz)", "[t](https://x.org/a\\_b)", "[t](https://x.org/a*b*)"};
    private static final String[] LINE_STARTS = {"# ", "## ", "> ", "- ", "* ", "+ ", "1. ", "2) ", "10.", "---",
        "***", "___", "===", "    ", " ", "\t", "```", "~~~", "| a | b |", "[x]: https://x.org", "[^1]: note",
        "<div>", ": ", "-", "*", "**", "-- ", "*\t", "2024. ", "\u00a0", "- - -", "* * *", "1.", "[x]"};
    private static final String[] LINE_ENDS = {"  ", "\\", " ", "\t", "\u00a0", ":", "*", "**", "`"};

    private final Random random;

    RandomMarkdown(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A note of one to five blocks. About half are tame: only words, unnested emphasis, plain code and links,
     * blocks apart by blank lines, never a list right after a list; the subset should take most of those.
     */
    String note() {
        boolean tame = random.nextBoolean();
        StringBuilder note = new StringBuilder(random.nextInt(5) == 0 ? "\n" : "");
        int blocks = 1 + random.nextInt(5);
        boolean afterList = false;
        for (int b = 0; b < blocks; b++) {
            if (b > 0) {
                note.append(tame ? "\n\n" : pick("\n\n", "\n\n", "\n\n", "\n\n\n", "\n", "\n \n"));
            }
            boolean list = random.nextInt(10) < 3 && !(tame && afterList);
            if (list) {
                list(note, tame);
            } else {
                paragraph(note, tame, 1 + random.nextInt(3));
            }
            afterList = list;
        }
        if (random.nextBoolean()) {
            note.append('\n');
        }
        return note.toString();
    }

    /** One to fifteen characters from those that drive inline parsing, with letters and spaces. */
    String shortText() {
        String alphabet = "**** aab.`[]()-&\"é_!\n:/@’—1$\u00a0'?>#+=";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(15); i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return random.nextInt(4) == 0 ? text + "](https://x.org)" : text.toString();
    }

    /**
     * Nested {@code *} and {@code **} around letters, glued with spaces, dots or nothing (so runs fall inside
     * words, where they can both open and close), and every fifth time with one star dropped: where CommonMark's
     * emphasis rules get intricate.
     */
    String emphasis() {
        StringBuilder text = new StringBuilder();
        nestedEmphasis(text, 5);
        if (random.nextInt(5) == 0) {
            int star = text.indexOf("*", random.nextInt(text.length()));
            if (star >= 0) {
                text.deleteCharAt(star);
            }
        }
        return text.toString();
    }

    private void nestedEmphasis(StringBuilder text, int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(10);
        if (kind < 3) {
            text.append(pick("a", "b", "c.", "(a)", "é"));
        } else if (kind < 8) {
            String delimiter = kind < 6 ? "*" : "**";
            text.append(delimiter);
            nestedEmphasis(text, depth - 1);
            text.append(delimiter);
        } else {
            nestedEmphasis(text, depth - 1);
            text.append(pick(" ", "", ".", " ."));
            nestedEmphasis(text, depth - 1);
        }
    }

    private void list(StringBuilder note, boolean tame) {
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                note.append('\n');
            }
            note.append(!tame && random.nextInt(8) == 0 ? pick("* ", "+ ", "1. ", "-  ", "-", "  - ") : "- ");
            line(note, tame);
        }
    }

    private void paragraph(StringBuilder note, boolean tame, int lines) {
        for (int i = 0; i < lines; i++) {
            if (i > 0) {
                note.append('\n');
            }
            line(note, tame);
        }
    }

    private void line(StringBuilder note, boolean tame) {
        if (!tame && random.nextInt(6) == 0) {
            note.append(pick(LINE_STARTS));
        }
        int tokens = 1 + random.nextInt(9);
        for (int t = 0; t < tokens; t++) {
            if (t > 0) {
                note.append(random.nextInt(6) == 0 ? "" : " ");
            }
            token(note, tame, tame ? 1 : 2);
        }
        if (!tame && random.nextInt(6) == 0) {
            note.append(pick(LINE_ENDS));
        }
    }

    private void token(StringBuilder note, boolean tame, int depth) {
        int kind = random.nextInt(20);
        if (kind < 11 || depth == 0) {
            note.append(pick(WORDS));
        } else if (kind < 14) {
            emphasis(note, tame, depth);
        } else if (kind < 16) {
            note.append(tame ? CODE[random.nextInt(3)] : pick(CODE));
        } else if (kind < 18) {
            note.append(tame ? LINKS[0] : pick(LINKS));
        } else {
            note.append(tame ? pick(WORDS) : pick(SPECIAL));
        }
    }

    /** Usually a balanced {@code *…*} or {@code **…**} around a few tokens, sometimes not quite. */
    private void emphasis(StringBuilder note, boolean tame, int depth) {
        String open = tame ? pick("*", "**") : pick("*", "**", "*", "**", "***", "_", "__", "* ");
        String close = tame || random.nextInt(4) > 0 ? open.trim() : pick("*", "**", " *", "***", "_");
        note.append(open);
        int tokens = 1 + random.nextInt(3);
        for (int t = 0; t < tokens; t++) {
            if (t > 0) {
                note.append(' ');
            }
            token(note, tame, depth - 1);
        }
        note.append(close);
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
