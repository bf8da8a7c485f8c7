package dev.paperboy.cli;

import dev.paperboy.content.SiteInit;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Creates a new site: content/site.yaml with commented defaults, the content folders and a "
                + ".gitignore.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder (default: the current folder).")
    Path siteDir;

    @Option(names = "--github-pages", description = "Also write " + SiteInit.PAGES_WORKFLOW + ", a GitHub Actions "
            + "workflow that builds the site with this version of Paperboy and publishes it on GitHub Pages. In a "
            + "folder that already has a site, writes only the workflow.")
    boolean githubPages;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SiteLayout layout = new SiteLayout(siteDir);
        Diagnostics diagnostics = new Diagnostics();
        Optional<List<String>> written = SiteInit.create(layout, githubPages, diagnostics);
        diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
        if (written.isEmpty()) {
            return ExitCodes.CONTENT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        written.get().forEach(file -> out.println("wrote " + file));
        if (written.get().contains(layout.label(layout.siteYaml()))) {
            out.println("created a site in " + layout.root()
                    + ": edit content/site.yaml, then import listings with `paperboy import`");
        }
        if (githubPages) {
            out.println("to publish: push the site to GitHub, and choose GitHub Actions as the source in the "
                    + "repository's Settings > Pages");
        }
        return ExitCodes.OK;
    }
}
