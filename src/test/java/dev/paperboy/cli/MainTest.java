package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
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

    @Test
    void aCommandLineNamingACommandMakesOnlyThatOne() {
        assertEquals(Set.of("build"), Main.subcommandsFor("build", "--out", "x"));
        assertEquals(Set.of(), Main.subcommandsFor("--version"));
        assertEquals(List.of("init", "import", "resolve", "build", "themes", "check", "serve", "help"),
                List.copyOf(Main.subcommandsFor("help", "build")));
        assertEquals(8, Main.subcommandsFor("bild").size());
        assertEquals(8, Main.subcommandsFor().size());
    }

    @Test
    void helpStillListsEveryCommandAndATypoGetsASuggestion() {
        CliRun help = CliRun.of("--help");
        for (String command : List.of("init", "import", "resolve", "build", "themes", "check", "serve", "help")) {
            assertTrue(help.out().contains("\n  " + command + " "), help.out());
        }
        CliRun typo = CliRun.of("bild");
        assertEquals(ExitCodes.USAGE, typo.exitCode());
        assertTrue(typo.err().contains("build"), typo.err());
        assertEquals(0, CliRun.of("--version").exitCode());
        assertTrue(CliRun.of("help", "build").out().startsWith("Usage: paperboy build"));
    }
}
