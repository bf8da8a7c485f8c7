package dev.paperboy.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Measures the search of a built site (not a test): the size of its index (raw and gzipped), and in headless
 * Chromium, on a fresh page each run, the time from focusing the search box until the index is loaded and the time
 * of each keystroke of a few queries typed letter by letter: the input handler (search, results drawn) and the
 * layout that follows. Run by {@code bench/search.sh N [RUNS]}; arguments: the output folder, the number of runs,
 * then the queries.
 */
public final class SearchBench {
    /** Each keystroke of each query: the text in the box, and the milliseconds it took. */
    private static final String TYPE = """
            const input = document.querySelector('form.site-search input[name=q]');
            const times = [];
            for (const query of arguments[0]) {
              for (let i = 1; i <= query.length; i++) {
                input.value = query.slice(0, i);
                const start = performance.now();
                input.dispatchEvent(new Event('input'));
                void document.body.offsetHeight;
                times.push([query.slice(0, i), performance.now() - start]);
              }
              input.value = '';
              input.dispatchEvent(new Event('input'));
            }
            return times;
            """;
    private static final String LOAD = """
            const done = arguments[arguments.length - 1];
            const form = document.querySelector('form.site-search');
            const start = performance.now();
            form.querySelector('input[name=q]').focus();
            (function poll() {
              if (form.hasAttribute('aria-busy')) { setTimeout(poll, 2); } else { done(performance.now() - start); }
            })();
            """;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        List<String> queries = List.of(args).subList(2, args.length);
        sizes(out);
        try (StaticServer server = StaticServer.start(out); Chromium chromium = Chromium.start(Duration.ofSeconds(30))) {
            var driver = chromium.driver();
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            List<Double> loads = new ArrayList<>();
            List<Double> keys = new ArrayList<>();
            List<String> slowest = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                driver.get(server.url());
                loads.add(((Number) ((JavascriptExecutor) driver).executeAsyncScript(LOAD)).doubleValue());
                @SuppressWarnings("unchecked")
                List<List<Object>> times = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(TYPE,
                        queries);
                for (List<Object> time : times) {
                    double ms = ((Number) time.get(1)).doubleValue();
                    keys.add(ms);
                    if (ms >= 20) {
                        slowest.add(String.format("\"%s\" %.0f ms", time.get(0), ms));
                    }
                }
            }
            System.out.printf("index loaded after focus: median %.0f ms (runs: %s)%n", median(loads),
                    loads.stream().map(load -> String.format("%.0f", load)).toList());
            double[] sorted = keys.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("keystrokes: %d, median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n",
                    sorted.length, median(keys), sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                    sorted[sorted.length - 1]);
            System.out.println("keystrokes of 20 ms or more: " + slowest);
        }
    }

    private static void sizes(Path out) throws IOException {
        long raw = 0;
        long gzipped = 0;
        int files = 0;
        try (var listing = Files.list(out.resolve("search"))) {
            for (Path file : listing.filter(path -> path.toString().endsWith(".js")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write(bytes);
                }
                raw += bytes.length;
                gzipped += zipped.size();
                files++;
            }
        }
        System.out.printf("index: %d files, %.2f MB raw, %.2f MB gzipped%n", files, raw / 1e6, gzipped / 1e6);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
