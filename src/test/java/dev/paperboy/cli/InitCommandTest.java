package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
