package dev.paperboy.cli;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.publish.BuildOptions;
import dev.paperboy.publish.CheckResult;
import dev.paperboy.publish.SiteChecker;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy check}: validate content and a throwaway build of it, for a curator's CI before publishing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate content/ and a temporary build of it (links, titles, canonical URLs, feeds); "
                + "site/ is not touched.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "-C", paramLabel = "DIR", description = "Site folder (default: the current folder).")
    Path siteDir = Path.of(".");

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        CheckResult result = new SiteChecker(RelatedPapersFinder.BY_TEXT)
                .check(BuildOptions.of(siteDir), diagnostics);
        diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "checked %d papers (%d without an arXiv id), %d digests, %s: "
                + "%d error(s), %d warning(s)", result.papers(), result.withoutArxivId(), result.digests(),
                result.built() ? result.pages() + " pages, " + result.feeds() + " feeds and " + result.bibFiles()
                        + " .bib files" : "no output (the build failed)",
                diagnostics.errorCount(), diagnostics.warningCount()));
        boolean failed = diagnostics.hasErrors() || strict && diagnostics.warningCount() > 0;
        return failed ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }
}
