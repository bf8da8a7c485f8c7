package dev.paperboy.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The wall time of each stage of one build, in order, as {@code build --timings} prints it. */
public final class StageTimes {
    /** One stage and how long it took. */
    public record Stage(String name, Duration time) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private long lapStart = System.nanoTime();

    /** Ends the stage running since the last lap (or since this was made) under {@code name}. */
    void lap(String name) {
        long now = System.nanoTime();
        stages.add(new Stage(name, Duration.ofNanos(now - lapStart)));
        lapStart = now;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** E.g. {@code load 812 ms · views 2950 ms · render 3100 ms}. */
    public String summary() {
        return stages.stream()
                .map(stage -> String.format(Locale.ROOT, "%s %d ms", stage.name(), stage.time().toMillis()))
                .collect(Collectors.joining(" · "));
    }
}
