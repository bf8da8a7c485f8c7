package dev.paperboy.validate;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.publish.BuildOptions;
import dev.paperboy.publish.SiteBuilder;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * This repository's own site (whatever content/ holds), built once per test run into a temporary folder that is
 * deleted when the JVM exits. The validators in this package all look at the same build.
 */
final class RepoSite {
    private static RepoSite built;

    private final Path out;
    private final SiteConfig config;

    private RepoSite(Path out, SiteConfig config) {
        this.out = out;
        this.config = config;
    }

    static synchronized RepoSite get() throws Exception {
        if (built == null) {
            Path temp = Files.createTempDirectory("paperboy-repo-site-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(temp)));
            Path out = temp.resolve("site");
            Diagnostics diagnostics = new Diagnostics();
            new SiteBuilder(RelatedPapersFinder.BY_TEXT).build(BuildOptions.of(Path.of(".")).withOutDir(out),
                    diagnostics);
            SiteConfig config = new SiteConfigLoader(new YamlReader()).load(Path.of("."), diagnostics).orElseThrow();
            built = new RepoSite(out, config);
        }
        return built;
    }

    Path out() {
        return out;
    }

    SiteConfig config() {
        return config;
    }

    /** Output files ending in {@code extension}, as sorted paths relative to the output folder. */
    List<String> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(file -> file.toString().endsWith(extension))
                    .map(file -> out.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
