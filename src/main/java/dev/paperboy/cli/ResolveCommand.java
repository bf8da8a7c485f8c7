package dev.paperboy.cli;

import dev.paperboy.arxiv.ArxivClient;
import dev.paperboy.arxiv.Pacer;
import dev.paperboy.arxiv.Resolver;
import dev.paperboy.arxiv.Resolver.Kind;
import dev.paperboy.arxiv.Resolver.Outcome;
import dev.paperboy.arxiv.Resolver.Report;
import dev.paperboy.content.IdentityEdits;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.fetch.HttpFetcher;
import dev.paperboy.listing.ArxivId;
import dev.paperboy.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "resolve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Finds the arXiv id and authors of papers that have none, by title, in arXiv's API, and writes them only"
                    + " when exactly one arXiv paper has the same title (case, spaces, punctuation and LaTeX ignored).",
            "Otherwise prints the best candidates and changes nothing; --accept SLUG=ID takes the one you confirm.",
            "At most one request every 3 seconds; answers are kept in .paperboy/arxiv/, so a second run asks nothing."})
final class ResolveCommand implements Callable<Integer> {
    /** Where answers are kept, relative to the site folder (ignored by the .gitignore that init writes). */
    static final String CACHE = ".paperboy/arxiv";

    @Option(names = "--dry-run", description = "Print what would change; change no paper file.")
    boolean dryRun;

    @Option(names = "--accept", paramLabel = "SLUG=ID",
            description = "Set the id you confirm (e.g. one of the candidates printed) on the paper content/papers/"
                    + "SLUG.md, with arXiv's authors; only the papers named are looked at. Repeatable.")
    Map<String, String> accept = new LinkedHashMap<>();

    @Option(names = "--refresh", description = "Ask arXiv again instead of using the answers kept from earlier runs.")
    boolean refresh;

    @Option(names = "-C", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder (default: the current folder).")
    Path siteDir;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;
    private final InstantSource clock;
    private final Pacer.Pause pause;
    private final Duration answerTimeout;

    ResolveCommand() {
        this(System.getenv(), InstantSource.system(), Pacer.Pause.THREAD_SLEEP, HttpFetcher.ANSWER_TIMEOUT);
    }

    /** For tests: the environment (for the API's address), the clock and pause of the rate limit, the timeout. */
    ResolveCommand(Map<String, String> environment, InstantSource clock, Pacer.Pause pause, Duration answerTimeout) {
        this.environment = environment;
        this.clock = clock;
        this.pause = pause;
        this.answerTimeout = answerTimeout;
    }

    @Override
    public Integer call() {
        String baseUrl;
        try {
            baseUrl = ArxivClient.baseUrl(environment);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        accept.forEach((slug, id) -> {
            if (!ArxivId.isValid(id)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--accept " + slug + "=" + id
                        + ": not an arXiv id (2511.18538, hep-th/9901001, optionally with a version v2)");
            }
        });
        SiteLayout layout = new SiteLayout(siteDir);
        HttpFetcher fetcher = new HttpFetcher(VersionProvider.version(), HttpFetcher.CONNECT_TIMEOUT, answerTimeout);
        ArxivClient client = new ArxivClient(baseUrl, fetcher::get, new Pacer(clock, pause, Pacer.ARXIV_INTERVAL),
                layout.root().resolve(CACHE), refresh, clock);
        Resolver resolver = new Resolver(new IdentityEdits(new YamlReader()), client);
        Diagnostics diagnostics = new Diagnostics();
        Report report = accept.isEmpty() ? resolver.resolveAll(layout, dryRun, diagnostics)
                : resolver.accept(layout, accept, dryRun, diagnostics);
        diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
        print(spec.commandLine().getOut(), report);
        return diagnostics.hasErrors() ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }

    private void print(PrintWriter out, Report report) {
        for (Outcome outcome : report.outcomes()) {
            switch (outcome.kind()) {
                case RESOLVED -> out.println(outcome.file() + ": " + (dryRun ? "would set" : "set") + " arxiv_id "
                        + outcome.arxivId() + (outcome.authors().isEmpty() ? "" : " and "
                        + count(outcome.authors().size(), "author")) + " (" + quoted(outcome.candidates().get(0).title())
                        + ")");
                case AMBIGUOUS -> {
                    out.println(outcome.file() + ": ambiguous: no arXiv paper has exactly the title "
                            + quoted(outcome.title()) + "; best candidates:");
                    outcome.candidates().forEach(candidate -> out.println("  " + candidate.id() + "  "
                            + quoted(candidate.title()) + "  (--accept " + outcome.slug() + "=" + candidate.id()
                            + ")"));
                }
                case NOT_FOUND -> out.println(outcome.file() + ": not found on arXiv: " + quoted(outcome.title()));
                case FAILED -> {
                    // its error is printed with the others
                }
            }
        }
        String others = accept.isEmpty() ? String.format(Locale.ROOT, "; %d already had an id%s", report.withId(),
                report.clearedByCurator() == 0 ? "" : ", " + report.clearedByCurator()
                        + " left without one by the curator") : "";
        out.println(String.format(Locale.ROOT, "%s %d, ambiguous %d, not found %d, failed %d%s; %s to arXiv%s",
                dryRun ? "would resolve" : "resolved", report.count(Kind.RESOLVED), report.count(Kind.AMBIGUOUS),
                report.count(Kind.NOT_FOUND), report.count(Kind.FAILED), others, count(report.requests(), "request"),
                dryRun ? " (dry run: no paper file changed)" : ""));
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }
}
