package dev.paperboy.themes;

import com.sun.management.OperatingSystemMXBean;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times related papers over a site folder's papers (not a test), with the launcher's compiler, C1 only:
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat target/bench.classpath) \
 *     dev.paperboy.themes.SimilarPapersBench bench/work/site-10000 [runs]
 * </pre>
 * The first call is what a build pays (its code not compiled yet); the later ones show the steady state. CPU time
 * is the process's, all threads and the compiler's included: on a machine shared with other jobs it moves less
 * than wall time.
 */
public final class SimilarPapersBench {
    private SimilarPapersBench() {
    }

    public static void main(String[] args) {
        Diagnostics diagnostics = new Diagnostics();
        List<PaperText> papers = ContentStore.read(new YamlReader(), new SiteLayout(Path.of(args[0])), diagnostics)
                .papers().stream()
                .map(paper -> new PaperText(paper.slug(), paper.title(), paper.abstractText(), paper.notes()))
                .toList();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("%d papers%n", papers.size());
        List<Long> walls = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 0; run <= runs; run++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            SimilarPapers.compute(papers, SimilarPapers.DEFAULT_MAX_RELATED, SimilarPapers.DEFAULT_THRESHOLD);
            walls.add(System.nanoTime() - wall);
            cpus.add(os.getProcessCpuTime() - cpu);
        }
        System.out.printf("first call: %.0f ms wall, %.0f ms cpu%n", walls.get(0) / 1e6, cpus.get(0) / 1e6);
        System.out.printf("later %d calls, median: %.0f ms wall, %.0f ms cpu%n", runs,
                median(walls.subList(1, walls.size())) / 1e6, median(cpus.subList(1, cpus.size())) / 1e6);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
