package dev.paperboy.cli;

import dev.paperboy.content.ImportReport;
import dev.paperboy.content.ImportRequest;
import dev.paperboy.content.Importer;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.ThemeAssigner;
import dev.paperboy.themes.TaxonomyAssigner;
import java.nio.file.Files;
import java.util.Optional;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Imports listing files into content/: one paper file per paper, one digest file per listing date.",
            "Re-importing keeps every curator edit; files that would not change are not written."})
final class ImportCommand implements Callable<Integer> {

    static final class ListingDate {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "The listings' full date; its year places dates that have none.")
        LocalDate date;

        @Option(names = "--year", paramLabel = "YYYY",
                description = "The listings' year, when the file name holds no date (default: the current year).")
        Integer year;
    }

    @ArgGroup(exclusive = true)
    ListingDate listingDate;

    @Option(names = "--dry-run", description = "Print what would change; write nothing.")
    boolean dryRun;

    @Option(names = "-C", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder (default: the current folder); LISTING paths are relative to it.")
    Path siteDir;

    @Option(names = "--verbose", description = "List every file written; show stack traces of internal errors.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "LISTING", description = "Listing text files.")
    List<Path> listings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date = listingDate == null ? null : listingDate.date;
        Integer year = listingDate == null ? null : listingDate.year;
        if (year != null && (year < 1 || year > 9999)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year must be between 1 and 9999");
        }
        SiteLayout layout = new SiteLayout(siteDir);
        List<Path> files = listings.stream().map(layout.root()::resolve).toList();
        Diagnostics diagnostics = new Diagnostics();
        YamlReader yaml = new YamlReader();
        Optional<ThemeAssigner> themes = Files.exists(layout.siteYaml())
                ? new SiteConfigLoader(yaml).load(layout.root(), diagnostics).map(TaxonomyAssigner::of)
                : Optional.of(ThemeAssigner.NONE);
        if (themes.isEmpty()) {
            diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
            return ExitCodes.CONTENT_ERROR;
        }
        ImportReport report = new Importer(yaml, themes.get(), Clock.systemDefaultZone())
                .run(new ImportRequest(layout, files, date, year, dryRun), diagnostics);
        diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
        ImportSummary.lines(report, dryRun, verbose).forEach(spec.commandLine().getOut()::println);
        return diagnostics.hasErrors() ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }
}
