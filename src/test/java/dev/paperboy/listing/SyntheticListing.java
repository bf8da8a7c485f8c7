package dev.paperboy.listing;

import java.util.Random;

/**
 * Deterministic synthetic listings in the real format, for benchmarks and load tests: one page dated Nov 13 with
 * every entry variant (authors or organisation blocks, dates with and without year, upvotes, entries without
 * metadata) and abstracts of about 1,500 characters with LaTeX residue and links. The same arguments always give the
 * same text, and every title is distinct ({@code Synthetic paper N: ...}).
 */
public final class SyntheticListing {
    private static final String HEADER = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n"
            + "Daily Papers\n\nbyAK and the research community\n\nNov 13\n\n";
    private static final String[] WORDS = {
        "neural", "operator", "learning", "transformer", "gradient", "approximation", "theorem", "scaling",
        "diffusion", "kernel", "attention", "benchmark", "regret", "convergence", "sample", "complexity", "bound",
        "training", "dynamics", "representation", "model", "data", "loss", "optimal", "stochastic", "network"};
    private static final String[] RESIDUE = {
        "Schr\\\"odinger", "0.5\\%", "\\partial_t u - \\Delta u", "{\\em finite}", "{\\tau}", "\\mathbb{R}^n",
        "H\\\"older", "\\varepsilon", "\\Omega\\times(0,\\infty)", "\\nabla \\cdot v", "D_{KL}", "\\method"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] ORGANISATIONS = {"deepmind Deepmind", "spiralworks Spiral Works",
        "Alibaba-NLP Alibaba-NLP"};
    private static final int ABSTRACT_LENGTH = 1_500;

    private SyntheticListing() {
    }

    /** A listing page of {@code entries} entries; {@code seed} picks the variants and words. */
    public static String generate(int entries, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(HEADER.length() + entries * (ABSTRACT_LENGTH + 200)).append(HEADER);
        for (int i = 1; i <= entries; i++) {
            out.append("Synthetic paper ").append(i).append(": ").append(words(random, 3 + random.nextInt(8)))
                    .append("\n\n");
            appendAbstract(out, random, i);
            int variant = random.nextInt(20);
            if (variant == 0) {
                continue;
            }
            if (variant < 3) {
                out.append(ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]).append('\n');
            } else {
                out.append("  • ").append(1 + random.nextInt(30)).append(" authors\n");
            }
            out.append("·\n").append(MONTHS[random.nextInt(12)]).append(' ').append(1 + random.nextInt(28));
            if (random.nextBoolean()) {
                out.append(", ").append(2015 + random.nextInt(10));
            }
            if (random.nextInt(5) == 0) {
                out.append(' ').append(1 + random.nextInt(200));
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    private static void appendAbstract(StringBuilder out, Random random, int entry) {
        int start = out.length();
        while (out.length() - start < ABSTRACT_LENGTH) {
            out.append(words(random, 8 + random.nextInt(12)));
            int extra = random.nextInt(10);
            if (extra == 0) {
                out.append(' ').append(RESIDUE[random.nextInt(RESIDUE.length)]);
            } else if (extra == 1) {
                out.append(" Code is at https://github.com/synthetic/paper-").append(entry);
            } else if (extra == 2) {
                out.append(" See github.com/synthetic/demo-").append(entry).append(" and https://example.org/p/")
                        .append(entry);
            }
            out.append(". ");
        }
        out.setLength(out.length() - 1);
        out.append("\n\n");
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return text.toString();
    }
}
