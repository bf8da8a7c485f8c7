package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path site;

    @Test
    void createsASiteWhoseConfigLoadsWithTheDefaults() {
        CliRun run = CliRun.of("init", site.toString());

        assertEquals(0, run.exitCode(), run.err());
        for (String folder : List.of("content/papers", "content/digests", "content/listings")) {
            assertTrue(Files.isDirectory(site.resolve(folder)), folder);
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = new SiteConfigLoader(new YamlReader()).load(site, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.formatted());
        assertEquals("http://localhost:8080/", config.baseUrl());
        assertEquals(3, config.homeDigests());
        assertEquals(0.12, config.relatedThreshold());
    }

    @Test
    void documentsEveryConfigKey() throws IOException {
        CliRun.of("init", site.toString());
        String yaml = Files.readString(site.resolve("content/site.yaml"));
        for (String key : List.of("title", "description", "base_url", "language", "time_zone", "curator",
                "home_digests", "feed_items", "digest_feed_items", "theme_feed_items", "theme_page_size",
                "max_themes_per_paper", "related_papers", "related_threshold", "themes")) {
            assertTrue(yaml.contains("\n" + key + ":"), key);
            int at = yaml.indexOf("\n" + key + ":");
            assertTrue(yaml.substring(0, at).stripTrailing().lines().reduce((a, b) -> b).orElse("").startsWith("#"),
                    key + " has a comment above it");
        }
    }

    @Test
    void refusesToOverwriteAnExistingSite() throws IOException {
        CliRun.of("init", site.toString());
        Files.writeString(site.resolve("content/site.yaml"), "title: Mine\n");

        CliRun again = CliRun.of("init", site.toString());

        assertEquals(1, again.exitCode());
        assertEquals(List.of("content/site.yaml: error: a site already exists here "
                + "(remove content/site.yaml to start over, or import into it)"), again.errLines());
        assertEquals("title: Mine\n", Files.readString(site.resolve("content/site.yaml")));
    }

    @Test
    void gitIgnoresWhatBuildAndServeWriteAndKeepsTheSources() throws Exception {
        Assumptions.assumeTrue(git(site, "init", "-q").exitCode() == 0, "git is not installed");
        assertEquals(0, CliRun.of("init", site.toString()).exitCode());
        CliRun build = CliRun.of("build", "-C", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        // What a build writes beside its output while it runs, and what serve writes.
        for (String file : List.of(".site.building-12ab/index.html", ".paperboy/serve/index.html",
                "templates/paper.ftlh", "content/papers/a.md")) {
            Files.createDirectories(site.resolve(file).getParent());
            Files.writeString(site.resolve(file), "x");
        }

        List<String> untracked = git(site, "status", "--porcelain", "--untracked-files=all").out().lines()
                .map(line -> line.substring(3)).sorted().toList();

        assertTrue(Files.exists(site.resolve("site/index.html")) && Files.exists(site.resolve(".site.paperboy-cache"))
                && Files.exists(site.resolve(".site.paperboy-files")));
        assertEquals(List.of(".gitignore", "content/papers/a.md", "content/site.yaml", "templates/paper.ftlh"),
                untracked);
    }

    @Test
    void addsToAnExistingGitignoreWhatItLacksKeepingEveryLine() throws IOException {
        Files.writeString(site.resolve(".gitignore"), "*.log\n/site/");

        assertEquals(0, CliRun.of("init", site.toString()).exitCode());
        List<String> lines = Files.readAllLines(site.resolve(".gitignore"));

        assertEquals(List.of("*.log", "/site/"), lines.subList(0, 2));
        assertEquals(1, lines.stream().filter("/site/"::equals).count());
        assertTrue(lines.containsAll(List.of(".*.paperboy-cache", ".*.building-*/", "/.paperboy/")), lines.toString());
    }

    @Test
    void writesAGithubPagesWorkflowThatBuildsWithThePagesUrlAndDeploys() throws IOException {
        CliRun run = CliRun.of("init", "--github-pages", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("wrote .github/workflows/pages.yml"), run.out());

        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(
                site.resolve(".github/workflows/pages.yml").toFile());

        assertEquals("write", workflow.at("/permissions/pages").asText());
        assertEquals("write", workflow.at("/permissions/id-token").asText());
        assertTrue(workflow.at("/on/push/branches").toString().contains("main"), workflow.at("/on").toString());
        String zip = workflow.at("/env/PAPERBOY_ZIP").asText();
        assertTrue(zip.matches("https://\\S+/paperboy-[0-9][^/]*\\.zip"), zip);
        assertFalse(zip.contains("dev"), "pins a released version: " + zip);

        List<JsonNode> build = steps(workflow, "build");
        assertEquals("17", step(build, "uses", "actions/setup-java@").at("/with/java-version").asText());
        JsonNode pages = step(build, "uses", "actions/configure-pages@");
        String install = step(build, "run", "$PAPERBOY_ZIP").get("run").asText();
        assertTrue(install.contains("/bin") && install.contains("GITHUB_PATH"), install);
        JsonNode buildStep = step(build, "run", "paperboy build");
        assertTrue(buildStep.get("run").asText().contains("--base-url \"${BASE_URL%/}/\""), buildStep.toString());
        assertEquals("${{ steps." + pages.get("id").asText() + ".outputs.base_url }}",
                buildStep.at("/env/BASE_URL").asText());
        assertEquals("site", step(build, "uses", "actions/upload-pages-artifact@").at("/with/path").asText());
        int buildAt = build.indexOf(buildStep);
        assertTrue(buildAt > build.indexOf(step(build, "run", "$PAPERBOY_ZIP"))
                && buildAt < build.indexOf(step(build, "uses", "actions/upload-pages-artifact@")));

        JsonNode deploy = workflow.at("/jobs/deploy");
        assertEquals("build", deploy.get("needs").asText());
        assertEquals("github-pages", deploy.at("/environment/name").asText());
        JsonNode deployStep = step(steps(workflow, "deploy"), "uses", "actions/deploy-pages@");
        assertEquals("${{ steps." + deployStep.get("id").asText() + ".outputs.page_url }}",
                deploy.at("/environment/url").asText());
    }

    @Test
    void addsTheWorkflowToAnExistingSiteOnlyOnce() throws IOException {
        CliRun.of("init", site.toString());
        Files.writeString(site.resolve("content/site.yaml"), "title: Mine\n");

        CliRun added = CliRun.of("init", "--github-pages", site.toString());
        CliRun again = CliRun.of("init", "--github-pages", site.toString());

        assertEquals(0, added.exitCode(), added.err());
        assertEquals(List.of("wrote .github/workflows/pages.yml"), added.out().lines().limit(1).toList());
        assertEquals("title: Mine\n", Files.readString(site.resolve("content/site.yaml")));
        assertEquals(1, again.exitCode());
        assertEquals(List.of(".github/workflows/pages.yml: error: a workflow of that name already exists "
                + "(remove it to write it again)"), again.errLines());
    }

    private static List<JsonNode> steps(JsonNode workflow, String job) {
        return StreamSupport.stream(workflow.at("/jobs/" + job + "/steps").spliterator(), false).toList();
    }

    /** The one step whose {@code key} ({@code uses} or {@code run}) contains {@code text}. */
    private static JsonNode step(List<JsonNode> steps, String key, String text) {
        List<JsonNode> found = steps.stream().filter(step -> step.path(key).asText().contains(text)).toList();
        assertEquals(1, found.size(), key + " " + text + " in " + steps);
        return found.get(0);
    }

    private static CliRun git(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return new CliRun(127, "", notInstalled.getMessage());
        }
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new CliRun(process.exitValue(), out, "");
    }
}
