package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.content.Content;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.ImportReport;
import dev.paperboy.content.ImportRequest;
import dev.paperboy.content.Importer;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.content.ThemeAssigner;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small site written into a temporary folder by a test (after Hugo's hugolib.Test): a few lines of YAML and
 * Markdown per file, everything else defaulted; then built, or listings imported into it and what import wrote
 * read back.
 */
public final class TestSite {
    /** "Today" for every test build: digests after this date are future-dated. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    /** "Today" for every test import, whose listings are of 2025. */
    public static final Clock IMPORT_CLOCK = Clock.fixed(Instant.parse("2025-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    public static final String THEMES = """
            themes:
              - slug: optimization
                name: Optimization
              - slug: rl
                name: Reinforcement learning
            """;

    private final Path root;
    private Diagnostics diagnostics = new Diagnostics();

    private TestSite(Path root) {
        this.root = root;
    }

    /** An empty folder, not even a site.yaml, as import starts from. */
    public static TestSite empty(Path root) {
        return new TestSite(root);
    }

    /** A site with a site.yaml declaring two themes, and no papers or digests yet. */
    public static TestSite in(Path root) {
        return new TestSite(root).file("content/site.yaml", "title: Test site\nbase_url: https://example.org/sub/\n"
                + THEMES);
    }

    /** A copy of a fixture site under src/test/resources/build/. */
    public static TestSite copyOf(String fixture, Path root) throws IOException {
        Path from = Path.of("src/test/resources/build", fixture, "content");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve("content").resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        return new TestSite(root);
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("site");
    }

    /** The text of a file of the site (not of its output: see {@link #read}). */
    public String file(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A paper file; {@code yaml} is its front matter without the {@code ---} lines. */
    public TestSite paper(String slug, String yaml, String notes) {
        return file("content/papers/" + slug + ".md", "---\n" + yaml.strip() + "\n---\n" + notes);
    }

    public TestSite paper(String slug, String yaml) {
        return paper(slug, yaml, "");
    }

    /** A digest listing {@code papers} in this order. */
    public TestSite digest(String date, String... papers) {
        return file("content/digests/" + date + ".md", "---\npapers: [" + String.join(", ", papers) + "]\n---\n");
    }

    public BuildOptions options() {
        return BuildOptions.of(root).withClock(CLOCK);
    }

    public BuildResult build() throws IOException, StageFailedException {
        return build(options());
    }

    public BuildResult build(BuildOptions options) throws IOException, StageFailedException {
        return new SiteBuilder(RelatedPapersFinder.BY_TEXT).build(options, new Diagnostics());
    }

    /** Builds expecting failure; returns the report lines. */
    public List<String> buildErrors() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        try {
            new SiteBuilder(RelatedPapersFinder.BY_TEXT).build(options(), diagnostics);
        } catch (StageFailedException e) {
            return diagnostics.formatted();
        }
        throw new AssertionError("build succeeded: " + diagnostics.formatted());
    }

    public String read(String outputPath) throws IOException {
        return Files.readString(out().resolve(outputPath), StandardCharsets.UTF_8);
    }

    /** A listing page: the chrome, its date line ("Nov 13"), then the entries. */
    public static String listing(String date, String... entries) {
        return "Daily Papers\n\nbyAK and the research community\n\n" + date + "\n\n" + String.join("\n", entries);
    }

    /** One entry; {@code byline} is "  • 3 authors" or "account Name", {@code dateLine} like "Jun 12 5". */
    public static String entry(String title, String abstractText, String byline, String dateLine) {
        return title + "\n\n" + abstractText + "\n\n" + byline + "\n·\n" + dateLine + "\n";
    }

    /** Imports listing files of 2025 without assigning themes; its problems are then {@link #diagnostics()}. */
    public ImportReport importListings(boolean dryRun, String... files) {
        return importListings(ThemeAssigner.NONE, Arrays.stream(files).map(root::resolve).toList(), null, 2025,
                dryRun);
    }

    public ImportReport importListings(String... files) {
        return importListings(false, files);
    }

    /** Imports as {@code paperboy import} would with these options. */
    public ImportReport importListings(ThemeAssigner themes, List<Path> files, LocalDate date, Integer year,
            boolean dryRun) {
        diagnostics = new Diagnostics();
        return new Importer(new YamlReader(), themes, IMPORT_CLOCK)
                .run(new ImportRequest(new SiteLayout(root), files, date, year, dryRun), diagnostics);
    }

    /** The problems the last import reported. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The site's content as a build loads it, which must load without a problem. */
    public Content load() {
        Diagnostics problems = new Diagnostics();
        Content content = ContentStore.read(new YamlReader(), new SiteLayout(root), problems);
        assertEquals(List.of(), problems.formatted());
        return content;
    }

    /** Every file under content/, by path relative to the site, with its text. */
    public Map<String, String> content() {
        Map<String, String> files = new TreeMap<>();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(content)) {
            paths.filter(Files::isRegularFile).forEach(path -> {
                String file = root.relativize(path).toString().replace('\\', '/');
                files.put(file, file(file));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Sets every content file's modification time far into the past, so a rewrite shows. */
    public void ageContent() {
        content().keySet().forEach(file -> {
            try {
                Files.setLastModifiedTime(root.resolve(file), LONG_AGO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The content files whose modification time is no longer the one {@link #ageContent} set. */
    public List<String> rewritten() {
        return content().keySet().stream().filter(file -> {
            try {
                return !Files.getLastModifiedTime(root.resolve(file)).equals(LONG_AGO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
