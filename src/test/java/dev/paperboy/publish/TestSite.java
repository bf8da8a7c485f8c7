package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small site written into a temporary folder by a test, then built (after Hugo's hugolib.Test): a few lines of
 * YAML and Markdown per file, everything else defaulted.
 */
public final class TestSite {
    /** "Today" for every test build: digests after this date are future-dated. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    public static final String THEMES = """
            themes:
              - slug: optimization
                name: Optimization
              - slug: rl
                name: Reinforcement learning
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
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
}
