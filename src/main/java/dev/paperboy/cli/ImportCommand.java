package dev.paperboy.cli;

import dev.paperboy.content.AtomicFiles;
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
import dev.paperboy.diag.SourcePos;
import dev.paperboy.fetch.DailyPapersDownload;
import dev.paperboy.fetch.DailyPapersSource;
import dev.paperboy.fetch.HttpFetcher;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            "Imports listings into content/: one paper file per paper, one digest file per listing date.",
            "A LISTING is a saved listing page (text), Hugging Face daily-papers JSON, or a day to download:"
                    + " hf:YYYY-MM-DD or the API's URL (its answer is kept in content/listings/).",
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

    @Parameters(arity = "1..*", paramLabel = "LISTING",
            description = "Listing files (text or JSON), hf:YYYY-MM-DD, or a daily-papers API URL with ?date=.")
    List<String> listings;

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
        List<DailyPapersSource> sources = new ArrayList<>();
        for (String listing : listings) {
            if (DailyPapersSource.isSource(listing)) {
                try {
                    sources.add(DailyPapersSource.parse(listing, System.getenv()));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        if (!Files.isDirectory(layout.root())) {
            diagnostics.error(SourcePos.of(siteDir.toString()), "the site folder does not exist",
                    "create it with `paperboy init " + siteDir + "`");
            diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
            return ExitCodes.CONTENT_ERROR;
        }
        Map<Path, byte[]> downloaded = download(layout, sources, diagnostics);
        List<Path> files = new ArrayList<>();
        Iterator<DailyPapersSource> source = sources.iterator();
        for (String listing : listings) {
            if (!DailyPapersSource.isSource(listing)) {
                files.add(layout.root().resolve(listing));
                continue;
            }
            Path saved = keptAt(layout, source.next());
            if (downloaded.containsKey(saved) && !files.contains(saved)) {
                files.add(saved);
            }
        }
        if (files.isEmpty()) {
            diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
            return ExitCodes.CONTENT_ERROR;
        }
        YamlReader yaml = new YamlReader();
        Optional<ThemeAssigner> themes = Files.exists(layout.siteYaml())
                ? new SiteConfigLoader(yaml).load(layout.root(), diagnostics).map(TaxonomyAssigner::of)
                : Optional.of(ThemeAssigner.NONE);
        if (themes.isEmpty()) {
            diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
            return ExitCodes.CONTENT_ERROR;
        }
        ImportReport report = new Importer(yaml, themes.get(), Clock.systemDefaultZone())
                .run(new ImportRequest(layout, files, date, year, dryRun, downloaded), diagnostics);
        diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
        ImportSummary.lines(report, dryRun, verbose).forEach(spec.commandLine().getOut()::println);
        return diagnostics.hasErrors() ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }

    /** Each day's answer by the path in content/listings it is kept at, in the order given; failures reported. */
    private static Map<Path, byte[]> download(SiteLayout layout, List<DailyPapersSource> sources,
            Diagnostics diagnostics) {
        Map<Path, byte[]> downloaded = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            return downloaded;
        }
        HttpFetcher fetcher = new HttpFetcher(VersionProvider.version());
        for (DailyPapersSource source : sources) {
            DailyPapersDownload.of(source, fetcher, diagnostics)
                    .ifPresent(bytes -> downloaded.put(keptAt(layout, source), bytes));
        }
        return downloaded;
    }

    private static Path keptAt(SiteLayout layout, DailyPapersSource source) {
        return AtomicFiles.inside(layout.listings(), source.fileName());
    }
}
