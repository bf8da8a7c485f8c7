package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FileThreadsTest {
    @Test
    void parallelStreamsRunOnAPoolOfThatManyThreadsPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> pools = FileThreads.run(3, () -> IntStream.range(0, 100).parallel()
                .mapToObj(i -> ForkJoinTask.getPool().getParallelism()).distinct().toList());
        assertEquals(List.of(3 * cores), pools);
        assertEquals(3 * cores, FileThreads.count(3));
    }

    @Test
    void anExceptionOfTheWorkReachesTheCaller() {
        assertThrows(IllegalStateException.class, () -> FileThreads.run(2, () -> {
            throw new IllegalStateException("broken");
        }));
    }
}
