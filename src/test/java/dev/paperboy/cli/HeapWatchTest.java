package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapWatchTest {
    @Test
    void aHeapLeftNearlyFullByACollectionIsToldAtOnce() throws Exception {
        String err = runFilling(96);
        assertTrue(err.startsWith("paperboy: warning: the Java heap is nearly full ("), err);
        assertTrue(err.contains("MB still in use after a full collection), so this run will slow down"), err);
        assertTrue(err.contains("e.g. PAPERBOY_JAVA_OPTS=-Xmx1g bin/paperboy ..."), err);
    }

    @Test
    void aHeapWithRoomIsNotWarnedAbout() throws Exception {
        assertFalse(runFilling(50).contains("warning"));
    }

    @Test
    void theWarningSaysHowFullAndWhatToRunInstead() {
        assertEquals("paperboy: warning: the Java heap is nearly full (950 of 1000 MB still in use after a full"
                + " collection), so this run will slow down and may run out of memory; stop it and run again with a"
                + " larger heap, e.g. PAPERBOY_JAVA_OPTS=-Xmx3g bin/paperboy ..., or java -Xmx3g -jar paperboy.jar"
                + " ...", HeapWatch.nearlyFull(950L << 20, 1000L << 20, 1152L << 20));
    }

    /** What {@link #main} writes to standard error, run in a JVM of its own with a small heap. */
    private static String runFilling(int percent) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HeapWatchTest.class.getName(), Integer.toString(percent)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), err);
        return err;
    }

    /** Keeps {@code args[0]} percent of the old generation in use, collects, and waits for the watch to tell. */
    public static void main(String[] args) throws InterruptedException {
        HeapWatch.start(new PrintWriter(System.err, true));
        MemoryPoolMXBean old = HeapWatch.oldGenerations().get(0);
        long wanted = old.getUsage().getMax() * Integer.parseInt(args[0]) / 100;
        List<byte[]> kept = new ArrayList<>();
        for (long held = 0; held < wanted; held += 64 * 1024) {
            kept.add(new byte[64 * 1024]);
        }
        System.gc();
        // The warning comes on the JVM's notification thread.
        Thread.sleep(1000);
        System.out.println(kept.size());
    }
}
