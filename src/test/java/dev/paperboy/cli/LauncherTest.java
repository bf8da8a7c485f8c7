package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/paperboy, the launcher of a release, run as a user runs it, with fake {@code java} commands that report a
 * version and print how they were called: it must find Java through JAVA_HOME or the PATH and refuse, clearly, a
 * missing Java or one older than 17. The PATH holds only {@code sh} and {@code readlink} besides the fakes, so
 * the machine's own Java is never found.
 */
class LauncherTest {
    @TempDir
    Path temp;
    private Path launcher;
    private Path tools;

    @BeforeEach
    void installRelease() throws IOException {
        Path install = temp.resolve("paperboy-1.0");
        launcher = install.resolve("bin/paperboy");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("bin/paperboy"), launcher);
        executable(launcher);
        Files.createDirectories(install.resolve("lib"));
        Files.writeString(install.resolve("lib/paperboy.jar"), "");
        tools = Files.createDirectories(temp.resolve("tools"));
        for (String tool : List.of("sh", "readlink")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
    }

    @Test
    void saysSoWhenNoJavaIsFound() throws Exception {
        Run run = run(Map.of());

        assertEquals(1, run.exitCode());
        assertEquals("paperboy: Java 17 or newer is needed, and there is no java on the PATH: install one (e.g. from "
                + "https://adoptium.net) and put its bin/ on the PATH, or set JAVA_HOME to it\n", run.output());
    }

    @Test
    void refusesAJavaOlderThan17NamingItsVersion() throws Exception {
        Path java = fakeJava("jdk-11", "openjdk version \"11.0.2\" 2019-01-15", null);

        Run run = run(Map.of("PATH", path(java)));

        assertEquals(1, run.exitCode());
        assertEquals("paperboy: Paperboy needs Java 17 or newer, and " + java + " is Java 11.0.2: install a newer "
                + "one, or set JAVA_HOME to it\n", run.output());
    }

    @Test
    void readsJava8sOldVersionSchemeFromTheReleaseFile() throws Exception {
        Path java = fakeJava("jdk-8", "never asked", "JAVA_VERSION=\"1.8.0_392\"");

        Run run = run(Map.of("PATH", path(java)));

        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains(" is Java 1.8.0_392: "), run.output());
    }

    @Test
    void runsTheJarWithJava17FromThePath() throws Exception {
        Path java = fakeJava("jdk-17", "openjdk version \"17.0.15\" 2025-04-15", null);

        Run run = run(Map.of("PATH", path(java)));

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().startsWith("ran " + java + " "), run.output());
        assertTrue(run.output().endsWith(" -jar " + launcher.getParent().resolveSibling("lib/paperboy.jar")
                + " --version\n"), run.output());
    }

    @Test
    void prefersJavaHomeToThePath() throws Exception {
        Path old = fakeJava("jdk-11", "openjdk version \"11.0.2\" 2019-01-15", null);
        Path java = fakeJava("jdk-21", "never asked", "JAVA_VERSION=\"21.0.1\"");

        Run run = run(Map.of("PATH", path(old), "JAVA_HOME", java.getParent().getParent().toString()));

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().startsWith("ran " + java + " "), run.output());
    }

    @Test
    void namesAJavaHomeWithoutJava() throws Exception {
        Run run = run(Map.of("JAVA_HOME", temp.toString()));

        assertEquals(1, run.exitCode());
        assertEquals("paperboy: JAVA_HOME is " + temp + ", which has no bin/java: set it to a Java 17 or newer "
                + "installation\n", run.output());
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs {@code launcher --version} with only {@code env} and the tools, stdout and stderr together. */
    private Run run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", tools.toString());
        env.forEach((name, value) -> builder.environment().merge(name, value, (tools, more) -> more + ":" + tools));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher hangs");
        return new Run(process.exitValue(), output);
    }

    /**
     * A Java installation {@code name}/bin/java that prints {@code versionLine} for {@code -version} and otherwise
     * how it was called; with a release file holding {@code release} unless that is null.
     */
    private Path fakeJava(String name, String versionLine, String release) throws IOException {
        Path home = Files.createDirectories(temp.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then echo '" + versionLine + "' >&2; exit 0; fi\n"
                + "echo \"ran $0 $*\"\n");
        executable(java);
        if (release != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\n" + release + "\n");
        }
        return java;
    }

    private static String path(Path java) {
        return java.getParent().toString();
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path which(String tool) {
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(tool + " is not on the PATH");
    }
}
