package dev.paperboy.cli;

import dev.paperboy.content.SiteInit;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Creates a new site: content/site.yaml with commented defaults, and the content folders.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder (default: the current folder).")
    Path siteDir;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SiteLayout layout = new SiteLayout(siteDir);
        Diagnostics diagnostics = new Diagnostics();
        boolean created = SiteInit.create(layout, diagnostics);
        diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
        if (!created) {
            return ExitCodes.CONTENT_ERROR;
        }
        spec.commandLine().getOut().println("created a site in " + layout.root()
                + ": edit content/site.yaml, then import listings with `paperboy import`");
        return ExitCodes.OK;
    }
}
