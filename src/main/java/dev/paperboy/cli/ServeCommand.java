package dev.paperboy.cli;

import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.serve.Preview;
import dev.paperboy.serve.PreviewServer;
import dev.paperboy.serve.Rebuild;
import dev.paperboy.serve.ServeOptions;
import dev.paperboy.site.RelatedPapersFinder;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy serve}: a live preview that rebuilds on every save and reloads the pages that changed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the site into .paperboy/serve/, serve it, and rebuild when content/ or templates/ "
                + "change; open pages reload by themselves. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "-C", paramLabel = "DIR", description = "Site folder (default: the current folder).")
    Path siteDir = Path.of(".");

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--drafts", description = "Include drafts and future-dated digests.")
    boolean drafts;

    @Option(names = "--open", description = "Open the preview in a browser.")
    boolean open;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        }
        ServeOptions options = new ServeOptions(siteDir, bind, port, drafts, ServeOptions.DEFAULT_QUIET_PERIOD,
                Clock.systemUTC());
        Diagnostics notASite = new Diagnostics();
        if (!SiteConfigLoader.isSiteFolder(options.layout().root(), notASite)) {
            notASite.formatted().forEach(err::println);
            return ExitCodes.CONTENT_ERROR;
        }
        Preview preview;
        try {
            preview = Preview.start(options, RelatedPapersFinder.BY_TEXT, new Report(out, err));
        } catch (PreviewServer.PortInUseException e) {
            err.println("paperboy: " + e.getMessage());
            return ExitCodes.CONTENT_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("stopped");
            out.flush();
            stopped.countDown();
        }, "paperboy-stop"));
        out.println("serving " + options.output() + " at " + preview.url() + " (Ctrl-C to stop)");
        out.flush();
        if (open) {
            openBrowser(preview.url(), err);
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private static void openBrowser(String url, PrintWriter err) {
        if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            try {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            } catch (IOException | UnsupportedOperationException e) {
                err.println("paperboy: cannot open a browser (" + e.getMessage() + "); open " + url);
                return;
            }
        }
        err.println("paperboy: no desktop browser available here; open " + url);
    }

    /** Prints one line per rebuild, and the errors of a failed one. */
    private final class Report implements Preview.Listener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final RebuildLines lines = new RebuildLines();

        Report(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void rebuilt(Rebuild result, List<String> saved) {
            if (result instanceof Rebuild.Done done) {
                out.println(lines.done(done, saved));
                out.flush();
            } else if (result instanceof Rebuild.Failed failed) {
                failed.errors().forEach(err::println);
                err.println(lines.failed(saved));
                err.flush();
            }
        }

        @Override
        public void crashed(RuntimeException error) {
            if (verbose) {
                error.printStackTrace(err);
            } else {
                err.println("paperboy: internal error: " + error + " (run again with --verbose for details)");
            }
            err.flush();
        }
    }
}
