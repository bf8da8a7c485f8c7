package dev.paperboy.publish;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.Content;
import dev.paperboy.content.ContentLoader;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code paperboy check}: validates content (the build's own load stage, plus warnings for likely mistakes), then
 * builds into a temporary folder, checks every page and feed there, and deletes it. Never touches site/.
 */
public final class SiteChecker {
    /** How output files are named in messages: where {@code paperboy build} would write them. */
    static final String OUTPUT_LABEL = "site/";

    private final RelatedPapersFinder related;

    public SiteChecker(RelatedPapersFinder related) {
        this.related = related;
    }

    public CheckResult check(Path siteDir, Clock clock, Diagnostics diagnostics) throws IOException {
        SiteLayout layout = new SiteLayout(siteDir);
        YamlReader yaml = new YamlReader();
        // Load errors are reported once, by the build below; this load only feeds the warnings.
        Diagnostics reportedByBuild = new Diagnostics();
        Content content = new ContentLoader(yaml).load(layout, reportedByBuild);
        ContentWarnings.report(content, diagnostics);
        int papers = ContentLoader.markdownFiles(layout, layout.papers(), reportedByBuild).size();
        int digests = ContentLoader.markdownFiles(layout, layout.digests(), reportedByBuild).size();

        Path temp = Files.createTempDirectory("paperboy-check-");
        try {
            Path out = temp.resolve("site");
            new SiteBuilder(related).build(BuildOptions.of(siteDir).withOutDir(out).withClock(clock), diagnostics);
            SiteConfig config = new SiteConfigLoader(yaml).load(layout.root(), reportedByBuild).orElseThrow();
            OutputUrls urls = OutputUrls.of(config.baseUrl());
            return new CheckResult(true, papers, digests, checkPages(out, urls, diagnostics),
                    checkFeeds(out, urls, diagnostics));
        } catch (StageFailedException e) {
            return new CheckResult(false, papers, digests, 0, 0);
        } finally {
            OutputFolder.deleteTree(temp);
        }
    }

    static int checkPages(Path out, OutputUrls urls, Diagnostics diagnostics) throws IOException {
        PageChecks pages = new PageChecks(out, OUTPUT_LABEL, urls, diagnostics);
        List<String> files = files(out, ".html");
        for (String file : files) {
            pages.read(file);
        }
        pages.checkLinks();
        return files.size();
    }

    private static int checkFeeds(Path out, OutputUrls urls, Diagnostics diagnostics) throws IOException {
        FeedChecks feeds = new FeedChecks(out, OUTPUT_LABEL, urls, diagnostics);
        int count = 0;
        for (String file : files(out, ".xml")) {
            count += feeds.check(file) ? 1 : 0;
        }
        return count;
    }

    /** Output files with this extension, as sorted paths relative to the output folder. */
    private static List<String> files(Path out, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(file -> file.toString().endsWith(extension) && Files.isRegularFile(file))
                    .map(file -> out.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
