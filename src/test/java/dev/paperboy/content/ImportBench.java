package dev.paperboy.content;

import dev.paperboy.listing.SyntheticListing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the whole {@code bin/paperboy import} process (the launcher builds are timed with too) on a synthetic listing
 * into an empty site. Every run's site is kept until all runs are done: deleting 10,000 files keeps the disk
 * busy for seconds, which would be counted against the next run. The last run's site is then built, untimed, to
 * prove the import made a working site. Run after {@code mvn -B -o package -DskipTests}:
 * {@code java -cp target/test-classes:target/paperboy.jar dev.paperboy.content.ImportBench [ENTRIES] [RUNS] [FOLDER]}
 * (defaults: 10000 entries, 5 runs, a temporary folder).
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = args.length > 2 ? Files.createTempDirectory(Path.of(args[2]), "bench")
                : Files.createTempDirectory("paperboy-bench");
        Path listing = work.resolve("2025-11-13-synthetic.txt");
        Files.writeString(listing, SyntheticListing.generate(entries, 42), StandardCharsets.UTF_8);
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path site = work.resolve("site-" + run);
            Files.createDirectories(site);
            long start = System.nanoTime();
            paperboy("import", "-C", site.toString(), listing.toString());
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        // Untimed: an import is only done if the site it made builds (a 10,000-entry digest once did not).
        paperboy("build", "-C", work.resolve("site-" + runs).toString());
        deleteTree(work);
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "import of %d entries into an empty site, whole process: median %.2f s, "
                + "best %.2f s, runs %s%n", entries, sorted.get(sorted.size() / 2), sorted.get(0), seconds);
    }

    private static void paperboy(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bin/paperboy"));
        command.addAll(List.of(arguments));
        int code = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
