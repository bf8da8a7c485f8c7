package dev.paperboy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigLoaderTest {
    private final SiteConfigLoader loader = new SiteConfigLoader(new YamlReader());

    @Test
    void fillsDefaultsForAMinimalSite() {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = loader.parse("title: Reading group\n", diagnostics).orElseThrow();
        assertEquals("Reading group", config.title());
        assertEquals("http://localhost:8080/", config.baseUrl());
        assertEquals(ZoneId.of("UTC"), config.timeZone());
        assertEquals("en", config.language());
        assertTrue(config.themes().isEmpty());
    }

    @Test
    void readsThemesInTaxonomyOrder() {
        SiteConfig config = loader.parse("""
                title: T
                base_url: https://example.org/group
                themes:
                  - slug: rl
                    name: Reinforcement learning
                    description: Agents.
                    keywords: [reinforcement learning, RL]
                  - slug: vision
                    name: Vision
                """, new Diagnostics()).orElseThrow();
        assertEquals(List.of("rl", "vision"), config.themes().stream().map(ThemeDef::slug).toList());
        assertEquals(List.of("reinforcement learning", "RL"), config.themes().get(0).keywords());
        assertEquals("https://example.org/group/", config.baseUrl());
    }

    @Test
    void reportsEveryUnknownKeyAndWrongTypeWithItsLine() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = loader.parse("""
                title: T
                feed_itmes: 3
                feed_items: many
                themes:
                  - slug: Bad Slug
                    colour: red
                """, diagnostics);
        assertTrue(config.isEmpty());
        assertEquals(List.of(
                "content/site.yaml:2:1: error: unknown key \"feed_itmes\" (did you mean \"feed_items\"?)",
                "content/site.yaml:3:1: error: \"feed_items\" must be a whole number, found \"many\"",
                "content/site.yaml:5:5: error: theme slug \"Bad Slug\" must be lowercase letters, digits and hyphens",
                "content/site.yaml:6:5: error: unknown key \"colour\" in themes.0 (known: description, keywords, name,"
                        + " slug)"),
                diagnostics.formatted());
    }

    @Test
    void loadsThisRepositorysOwnSiteConfiguration() {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = loader.load(Path.of("."), diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.formatted());
        assertTrue(config.themes().size() >= 10, "a taxonomy that fits the papers");
        config.themes().forEach(theme -> assertTrue(!theme.description().isBlank() && !theme.keywords().isEmpty(),
                theme.slug()));
    }

    @Test
    void refusesARelativeBaseUrlAndAnUnknownTimeZone() {
        Diagnostics diagnostics = new Diagnostics();
        loader.parse("title: T\nbase_url: /blog/\ntime_zone: Mars/Olympus\n", diagnostics);
        assertEquals(2, diagnostics.errorCount());
        assertTrue(diagnostics.formatted().get(0).startsWith("content/site.yaml:2:1: error: base_url must be"));
        assertTrue(diagnostics.formatted().get(1).startsWith("content/site.yaml:3:1: error: unknown time zone"));
    }
}
