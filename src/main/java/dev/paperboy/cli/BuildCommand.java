package dev.paperboy.cli;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.publish.BuildOptions;
import dev.paperboy.publish.BuildResult;
import dev.paperboy.publish.SiteBuilder;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy build}: content/ to a static site with feeds, swapped into the output folder on success. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the static site and its feeds from content/ into site/.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "-C", paramLabel = "DIR", description = "Site folder (default: the current folder).")
    Path siteDir = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site/ in the site folder).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Overrides base_url of content/site.yaml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include drafts and future-dated digests.")
    boolean drafts;

    @Option(names = "--index-links",
            description = "End internal links in index.html, for browsing the output from disk (file://).")
    boolean indexLinks;

    @Option(names = "--force", description = "Build into an output folder that holds files Paperboy did not "
            + "write (they are kept; files with the same names are replaced).")
    boolean force;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--timings",
            description = "Print how long each stage of the build took, and what each template's pages cost.")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        BuildOptions options = new BuildOptions(siteDir, out, baseUrl, drafts, indexLinks, Clock.systemUTC(),
                force);
        try {
            BuildResult result = new SiteBuilder(RelatedPapersFinder.BY_TEXT).build(options, diagnostics);
            diagnostics.formatted().forEach(err::println);
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "built %d pages and %d feeds into %s in %d ms (%d of %d files changed)", result.pages(),
                    result.feeds(), result.output(), result.time().toMillis(), result.changed(), result.files()));
            if (timings) {
                spec.commandLine().getOut().println("stages: " + result.stages().summary());
                spec.commandLine().getOut().println("templates: " + result.templates().summary());
            }
            return ExitCodes.OK;
        } catch (StageFailedException e) {
            diagnostics.formatted().forEach(err::println);
            err.println("paperboy: build failed with " + diagnostics.errorCount() + " error(s); output left as it was");
            return ExitCodes.CONTENT_ERROR;
        }
    }
}
