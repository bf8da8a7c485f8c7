package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip {@code mvn package} writes (run by failsafe, after the package phase): what it holds, that once
 * unzipped, as a user does, its launcher runs Paperboy, and that the GitHub Pages workflow's own steps install it
 * from a download and build a site with the Pages address.
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

    @Test
    void thePagesWorkflowInstallsTheReleaseAndBuildsWithThePagesAddress() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")) && Files.isExecutable(
                Path.of("/usr/bin/curl")), "the workflow's steps need curl and unzip, as GitHub's runners have");
        Path site = temp.resolve("site");
        assertEquals(0, CliRun.of("init", "--github-pages", site.toString()).exitCode());
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(
                site.resolve(".github/workflows/pages.yml").toFile());
        HttpServer releases = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        releases.createContext("/", exchange -> {
            byte[] zip = Files.readAllBytes(ZIP);
            exchange.sendResponseHeaders(200, zip.length);
            exchange.getResponseBody().write(zip);
            exchange.close();
        });
        releases.start();
        try {
            Path githubPath = Files.createFile(temp.resolve("github-path"));
            Map<String, String> env = new HashMap<>(Map.of("RUNNER_TEMP", temp.toString(), "GITHUB_PATH",
                    githubPath.toString(), "PAPERBOY_ZIP", "http://127.0.0.1:" + releases.getAddress().getPort()
                    + "/" + ZIP.getFileName()));
            // The runner's steps: those that "run" a script, with the Pages address configure-pages would give.
            for (JsonNode step : workflow.at("/jobs/build/steps")) {
                if (step.has("run")) {
                    env.put("PATH", String.join(":", Files.readAllLines(githubPath)) + ":" + System.getenv("PATH"));
                    step.path("env").fields().forEachRemaining(variable -> env.put(variable.getKey(),
                            variable.getValue().asText().replace("${{ steps.pages.outputs.base_url }}",
                                    "https://octo.github.io/digest")));
                    run(List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step.get("run").asText()),
                            site, env);
                }
            }
        } finally {
            releases.stop(0);
        }

        assertTrue(Files.readString(site.resolve("site/sitemap.xml")).contains("<loc>https://octo.github.io/digest/"),
                "built with the Pages address");
    }

    private static String text(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(TOP + name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return run(command, Path.of("."), Map.of());
    }

    private static String run(List<String> command, Path folder, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
