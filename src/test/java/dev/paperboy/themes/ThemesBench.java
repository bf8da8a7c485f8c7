package dev.paperboy.themes;

import com.sun.management.OperatingSystemMXBean;
import dev.paperboy.config.ThemeDef;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times the themes package on a synthetic corpus (not a test). Run with:
 * {@code mvn -q -B -o test-compile && java -cp target/classes:target/test-classes dev.paperboy.themes.ThemesBench [papers]}
 *
 * <p>10,000 papers, 1,500-character abstracts, 2 cores shared with other jobs (best of 5): related papers
 * 438 ms wall / 810 ms CPU (of which TF-IDF vectors 423 ms), theme matching with 12 themes 260 ms on one
 * thread, theme suggestions (k = 20) 1.7 s.
 */
public final class ThemesBench {
    private static final int RUNS = 5;

    private ThemesBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<PaperText> papers = new SyntheticCorpus().papers(n);
        double chars = papers.stream().mapToInt(p -> p.abstractText().length()).average().orElse(0);
        System.out.printf("%d papers, mean abstract %.0f chars, %d cores%n", n, chars,
                Runtime.getRuntime().availableProcessors());

        time("  of which TF-IDF vectors", () -> TfIdfCorpus.of(papers));
        Map<String, List<SimilarPaper>> related = time("related papers", () ->
                SimilarPapers.compute(papers, SimilarPapers.DEFAULT_MAX_RELATED, SimilarPapers.DEFAULT_THRESHOLD));
        System.out.printf("  mean related per paper: %.2f%n",
                related.values().stream().mapToInt(List::size).average().orElse(0));

        ThemeMatcher matcher = new ThemeMatcher(themes(papers));
        time("theme matching (12 themes)", () -> papers.stream().map(p -> matcher.match(p.title(), p.abstractText()))
                .mapToInt(List::size).sum());

        time("theme suggestions", () -> ThemeSuggester.suggest(papers, Map.of()));
    }

    /** Twelve themes whose keywords are words of the corpus, so matching does real work. */
    private static List<ThemeDef> themes(List<PaperText> papers) {
        List<ThemeDef> themes = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            String[] words = papers.get(t).title().split(" ");
            themes.add(new ThemeDef("theme-" + t, "Theme " + t, "",
                    List.of(words[0], words[1] + " " + words[2], words[3], words[4] + "-" + words[5])));
        }
        return themes;
    }

    /**
     * Prints the best wall time of a few runs and the process CPU time of that run: on a machine shared with
     * other jobs, CPU time divided by the cores is what the wall time would be with the cores to ourselves.
     */
    private static <T> T time(String label, Supplier<T> work) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        T result = null;
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            result = work.get();
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
            bestCpu = Math.min(bestCpu, os.getProcessCpuTime() - cpu);
        }
        System.out.printf("%-28s best of %d: %6.0f ms wall, %6.0f ms CPU%n", label, RUNS, bestWall / 1e6, bestCpu / 1e6);
        return result;
    }
}
