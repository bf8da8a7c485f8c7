package dev.paperboy.arxiv;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Spaces requests as arXiv's terms of use ask: the next request starts at least {@code interval} after the previous
 * answer came. The clock and the pause are given, so tests check the spacing without waiting.
 */
public final class Pacer {
    /** arXiv's API terms: no more than one request every three seconds. */
    public static final Duration ARXIV_INTERVAL = Duration.ofSeconds(3);

    /** Waits; {@link Thread#sleep} in real runs. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;

        Pause THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());
    }

    private final InstantSource clock;
    private final Pause pause;
    private final Duration interval;
    private Instant lastAnswer;

    public Pacer(InstantSource clock, Pause pause, Duration interval) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** Returns when the next request may start. */
    void awaitTurn() throws InterruptedException {
        if (lastAnswer == null) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), lastAnswer.plus(interval));
        if (!wait.isNegative() && !wait.isZero()) {
            pause.sleep(wait);
        }
    }

    /** Marks the end of a request, answered or not. */
    void answered() {
        lastAnswer = clock.instant();
    }
}
