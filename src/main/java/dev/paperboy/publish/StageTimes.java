package dev.paperboy.publish;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wall time of each stage of one build, in order, and the CPU time of the whole process during it (all
 * threads, the JIT compiler's and the collector's included), as {@code build --timings} prints it.
 */
public final class StageTimes {
    /** One stage and how long it took; cpu is zero where the JVM cannot tell. */
    private record Stage(String name, Duration time, Duration cpu) {
    }

    private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

    private final List<Stage> stages = new ArrayList<>();
    private long lapStart = System.nanoTime();
    private long lapCpu = processCpuNanos();

    /** Ends the stage running since the last lap (or since this was made) under {@code name}. */
    void lap(String name) {
        long now = System.nanoTime();
        long cpu = processCpuNanos();
        stages.add(new Stage(name, Duration.ofNanos(now - lapStart), Duration.ofNanos(Math.max(0, cpu - lapCpu))));
        lapStart = now;
        lapCpu = cpu;
    }

    private static long processCpuNanos() {
        return SYSTEM instanceof com.sun.management.OperatingSystemMXBean process
                ? Math.max(0, process.getProcessCpuTime()) : 0;
    }

    /** The wall time of all stages so far: from when this was made to the last lap. */
    public Duration total() {
        return stages.stream().map(Stage::time).reduce(Duration.ZERO, Duration::plus);
    }

    /** E.g. {@code load 812 ms (cpu 1530 ms) · render 3100 ms (cpu 5800 ms)}. */
    public String summary() {
        return stages.stream()
                .map(stage -> String.format(Locale.ROOT, "%s %d ms (cpu %d ms)", stage.name(),
                        stage.time().toMillis(), stage.cpu().toMillis()))
                .collect(Collectors.joining(" · "));
    }
}
