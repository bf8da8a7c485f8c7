package dev.paperboy.serve;

import com.sun.management.OperatingSystemMXBean;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times incremental rebuilds of {@code serve} on a large site (not a test). Edits the notes of papers of the
 * newest digest (the worst case: they show on home, the feeds, their digest and theme pages), or with
 * {@code --title} their titles (which also show on the pages of their neighbours and of papers listing them as
 * related), and measures
 * (1) {@link LiveSite#refresh} alone, (2) save to changed pages on disk through the {@link SiteWatcher}, debounce
 * included, and for both the time until the follow-up rebuild with exact related papers is on disk. Each edit waits
 * for that follow-up, as a curator's next save usually does. Run with:
 * {@code bench/run.sh 10000 1 && mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * && java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.paperboy.serve.ServeBench
 * bench/work/site-10000 [edits] [--no-related] [--title]}. It edits a copy of the site's content/ in a temporary folder,
 * deleted at the end.
 * Figures are in docs/performance.md.
 */
public final class ServeBench {
    private static final int WARM_UP = 5;
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ServeBench() {
    }

    @SuppressWarnings("try") // the watcher only has to run while its block does
    public static void main(String[] args) throws Exception {
        Path original = Path.of(args.length > 0 ? args[0] : "bench/work/site-10000").toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path siteDir = Files.createTempDirectory("paperboy-serve-bench");
        copy(original.resolve("content"), siteDir.resolve("content"));
        SiteLayout layout = new SiteLayout(siteDir);
        BlockingQueue<Long> exact = new LinkedBlockingQueue<>();
        ExecutorService background = Executors.newSingleThreadExecutor();
        boolean related = !List.of(args).contains("--no-related");
        boolean titles = List.of(args).contains("--title");
        Edit edit = titles ? ServeBench::retitle : ServeBench::append;
        LiveSite live = new LiveSite(layout, new ServeOutput(siteDir.resolve(ServeOptions.OUTPUT)), false,
                Clock.systemUTC(), related ? RelatedPapersFinder.BY_TEXT : RelatedPapersFinder.NONE, background,
                step -> {
                    try {
                        step.run().ifPresent(rebuild -> exact.add(System.nanoTime()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        System.out.printf("site %s, %d cores, load average %.2f, related papers %s, editing %s%n", siteDir,
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage(), related ? "on" : "off",
                titles ? "titles" : "notes");

        long start = System.nanoTime();
        Rebuild first = live.buildAll();
        System.out.printf("full in-process build: %d ms (%s)%n", millis(System.nanoTime() - start), summary(first));

        List<Path> papers = newestDigestPapers(layout);
        List<Long> refreshTimes = new ArrayList<>();
        List<Long> refreshCpu = new ArrayList<>();
        List<Long> refreshExact = new ArrayList<>();
        for (int i = 0; i < WARM_UP + edits; i++) {
            Path paper = papers.get(i % papers.size());
            edit.save(paper, "Edit " + i + " for the benchmark.");
            long cpuBefore = OS.getProcessCpuTime();
            long before = System.nanoTime();
            Rebuild result = live.refresh(Set.of(paper)).orElseThrow();
            long took = System.nanoTime() - before;
            long cpu = OS.getProcessCpuTime() - cpuBefore;
            long exactAfter = awaitFollowup(result, exact) - before;
            if (i >= WARM_UP) {
                refreshTimes.add(took);
                refreshCpu.add(cpu);
                refreshExact.add(exactAfter);
            }
            if (i == WARM_UP) {
                System.out.println("one edit: " + summary(result));
            }
        }
        report("refresh (read, model, views, plan, render, write), wall", refreshTimes);
        report("refresh, CPU time of the whole process (all threads)", refreshCpu);
        report("refresh until the follow-up with exact related papers is written, wall", refreshExact);

        BlockingQueue<Long> done = new LinkedBlockingQueue<>();
        BlockingQueue<Rebuild> results = new LinkedBlockingQueue<>();
        List<Long> endToEnd = new ArrayList<>();
        List<Long> endToExact = new ArrayList<>();
        try (SiteWatcher watcher = SiteWatcher.start(List.of(layout.content(), layout.templates()),
                ServeOptions.DEFAULT_QUIET_PERIOD, changed -> {
                    try {
                        results.add(live.refresh(changed).orElseThrow());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    done.add(System.nanoTime());
                })) {
            for (int i = 0; i < edits; i++) {
                Path paper = papers.get(i % papers.size());
                long saved = edit.save(paper, "Watched edit " + i + ".");
                Long written = done.poll(30, TimeUnit.SECONDS);
                if (written == null) {
                    throw new IllegalStateException("no rebuild after an edit");
                }
                endToEnd.add(written - saved);
                endToExact.add(awaitFollowup(results.take(), exact) - saved);
                Thread.sleep(200);
            }
        }
        background.shutdown();
        System.out.printf("load average now %.2f%n", OS.getSystemLoadAverage());
        report("save to pages on disk, through the watcher (" + ServeOptions.DEFAULT_QUIET_PERIOD.toMillis()
                + " ms debounce)", endToEnd);
        report("save to the follow-up with exact related papers on disk", endToExact);
        delete(siteDir);
    }

    /** Deletes the copy of the site and its preview: some 300 MB at 10,000 papers. */
    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** When the follow-up rebuild with exact related lists was done; now if the result needed none. */
    private static long awaitFollowup(Rebuild result, BlockingQueue<Long> exact) throws InterruptedException {
        if (!(result instanceof Rebuild.Done done) || !done.relatedPending()) {
            return System.nanoTime();
        }
        Long at = exact.poll(60, TimeUnit.SECONDS);
        if (at == null) {
            throw new IllegalStateException("no follow-up rebuild with exact related papers");
        }
        return at;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static List<Path> newestDigestPapers(SiteLayout layout) throws IOException {
        Path newest;
        try (Stream<Path> digests = Files.list(layout.digests())) {
            newest = digests.filter(path -> path.toString().endsWith(".md")).max(Path::compareTo).orElseThrow();
        }
        return Files.readAllLines(newest).stream()
                .filter(line -> line.startsWith("  - "))
                .map(line -> layout.papers().resolve(line.substring(4).strip() + ".md"))
                .toList();
    }

    /** One save of a paper file; returns when the save finished. */
    private interface Edit {
        long save(Path paper, String text) throws IOException;
    }

    /** Appends a paragraph to the paper's notes. */
    private static long append(Path paper, String line) throws IOException {
        String text = Files.readString(paper, StandardCharsets.UTF_8);
        Files.writeString(paper, text + "\n" + line + "\n", StandardCharsets.UTF_8);
        return System.nanoTime();
    }

    /** Gives the paper a new title. */
    private static long retitle(Path paper, String title) throws IOException {
        String text = Files.readString(paper, StandardCharsets.UTF_8);
        Files.writeString(paper, text.replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""),
                StandardCharsets.UTF_8);
        return System.nanoTime();
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s: median %d ms, min %d ms, max %d ms over %d edits%n", what,
                millis(sorted.get(sorted.size() / 2)), millis(sorted.get(0)), millis(sorted.get(sorted.size() - 1)),
                sorted.size());
    }

    private static String summary(Rebuild result) {
        if (result instanceof Rebuild.Done done) {
            return "rendered " + done.rendered() + " of " + done.files() + " files, " + done.changedUrls().size()
                    + " changed" + (done.relatedPending() ? ", related papers follow" : "");
        }
        return "failed: " + ((Rebuild.Failed) result).errors();
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
