package dev.paperboy.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * How many pages each page template rendered, the cpu time its render threads spent in it and the bytes it wrote,
 * as {@code build --timings} prints them: which template to look at when the render stage is slow. Imported
 * partials count towards the page template that called them. Thread-safe: every render thread adds to it.
 */
public final class TemplateTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * Read on every build, not only with --timings: a read is a system call of about 0.6 µs under C1, so twice a page
     * is 13 ms of the 6 s of cpu a 10,000-paper build takes.
     */
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();
    private static final Comparator<Map.Entry<String, Tally>> SLOWEST_FIRST = Comparator
            .comparingLong((Map.Entry<String, Tally> entry) -> entry.getValue().cpuNanos.sum()).reversed()
            .thenComparing(Map.Entry::getKey);

    private static final class Tally {
        final LongAdder pages = new LongAdder();
        final LongAdder cpuNanos = new LongAdder();
        final LongAdder bytes = new LongAdder();
    }

    private final Map<String, Tally> byTemplate = new ConcurrentHashMap<>();

    /** The calling thread's cpu time now, to give to {@link #rendered} when its page is done; 0 if unknown. */
    static long threadCpuNanos() {
        return CPU_TIME ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
    }

    /** Counts a page {@code template} rendered on this thread since {@code startCpuNanos}, {@code bytes} long. */
    void rendered(String template, long startCpuNanos, int bytes) {
        add(template, Math.max(0, threadCpuNanos() - startCpuNanos), bytes);
    }

    void add(String template, long cpuNanos, long bytes) {
        Tally tally = byTemplate.computeIfAbsent(template, name -> new Tally());
        tally.pages.increment();
        tally.cpuNanos.add(cpuNanos);
        tally.bytes.add(bytes);
    }

    /**
     * Costliest first, e.g. {@code paper.ftlh 10000 pages, cpu 1820 ms (0.18 ms a page), 125.6 MB · …}; cpu is 0
     * where the JVM cannot tell.
     */
    public String summary() {
        if (byTemplate.isEmpty()) {
            return "none rendered (every page came from the build cache)";
        }
        return byTemplate.entrySet().stream().sorted(SLOWEST_FIRST).map(entry -> {
            Tally tally = entry.getValue();
            long pages = tally.pages.sum();
            double cpuMillis = tally.cpuNanos.sum() / 1e6;
            return String.format(Locale.ROOT, "%s %d %s, cpu %.0f ms (%.2f ms a page), %.1f MB", entry.getKey(),
                    pages, pages == 1 ? "page" : "pages", cpuMillis, cpuMillis / pages, tally.bytes.sum() / 1e6);
        }).collect(Collectors.joining(" · "));
    }
}
