package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip {@code mvn package} writes (run by failsafe, after the package phase): what it holds, and that
 * once unzipped, as a user does, its launcher runs Paperboy.
 */
class ReleaseZipIT {
    private static final String VERSION = System.getProperty("paperboy.version");
    private static final Path ZIP = Path.of("target", "paperboy-" + VERSION + ".zip");
    private static final String TOP = "paperboy-" + VERSION + "/";

    @TempDir
    Path temp;

    @Test
    void holdsTheJarTheLaunchersTheLicenceAndAReadme() throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            List<String> files = zip.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).sorted()
                    .toList();
            assertEquals(List.of(TOP + "LICENSE", TOP + "README.txt", TOP + "bin/paperboy", TOP + "bin/paperboy.cmd",
                    TOP + "lib/paperboy.jar"), files);
            assertTrue(text(zip, "LICENSE").contains("Apache License"));
            assertTrue(text(zip, "README.txt").startsWith("Paperboy " + VERSION + "\n"));
            String cmd = text(zip, "bin/paperboy.cmd");
            assertEquals(cmd.lines().count(), cmd.split("\r\n", -1).length - 1, "Windows line endings");
            assertTrue(text(zip, "bin/paperboy").startsWith("#!/usr/bin/env sh\n"));
        }
    }

    @Test
    void runsOnceUnzipped() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")), "unzip is not installed");
        assertEquals("", run(List.of("/usr/bin/unzip", "-q", ZIP.toAbsolutePath().toString(), "-d",
                temp.toString())));
        Path launcher = temp.resolve(TOP + "bin/paperboy");

        assertTrue(Files.isExecutable(launcher), "bin/paperboy is executable");
        assertEquals("paperboy " + VERSION + "\n", run(List.of(launcher.toString(), "--version")));
    }

    private static String text(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(TOP + name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
