package dev.paperboy.serve;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Stands in for a live site's background thread in tests: tasks and the follow-up rebuilds they hand back wait in
 * queues until the test runs them, so every interleaving with later saves can be written down.
 */
final class QueuedBackground implements Executor, Consumer<RebuildStep> {
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Queue<RebuildStep> followups = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    @Override
    public void accept(RebuildStep step) {
        followups.add(step);
    }

    int queuedTasks() {
        return tasks.size();
    }

    /** Runs the oldest task (a computation), which may queue a follow-up. */
    void runTask() {
        tasks.remove().run();
    }

    /** Runs the oldest follow-up rebuild. */
    Optional<Rebuild> runFollowup() throws IOException {
        return followups.remove().run();
    }

    /** Runs tasks and follow-ups until none are left; returns the rebuilds they made. */
    List<Rebuild> runAll() throws IOException {
        List<Rebuild> rebuilds = new ArrayList<>();
        while (!tasks.isEmpty() || !followups.isEmpty()) {
            if (!tasks.isEmpty()) {
                runTask();
            } else {
                runFollowup().ifPresent(rebuilds::add);
            }
        }
        return rebuilds;
    }
}
