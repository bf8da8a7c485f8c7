package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void runningOutOfMemorySaysHowLargeAHeapToTry() {
        assertEquals("paperboy: out of memory: this site needs more than the Java heap's 1024 MB; run again with a"
                + " larger heap, e.g. PAPERBOY_JAVA_OPTS=-Xmx2g bin/paperboy ..., or java -Xmx2g -jar paperboy.jar"
                + " ...", Main.outOfMemory(1L << 30));
        assertTrue(Main.outOfMemory(40L << 20).contains("-Xmx1g"));
        assertTrue(Main.outOfMemory(1536L << 20).contains("-Xmx3g"));
    }
}
