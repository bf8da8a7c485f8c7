package dev.paperboy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: picocli parses the command line; each subcommand calls one stage and returns an exit code. */
@Command(
        name = "paperboy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Static site generator for curated research-paper digests.",
        subcommands = {InitCommand.class, ImportCommand.class, BuildCommand.class, ThemesCommand.class,
                CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Paperboy reports template errors itself, with file and line; FreeMarker's own log would repeat them.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (see {@link ExitCodes}); used by tests too. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line printing to {@code out} and {@code err}, so tests can read what it printed. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        // Usage errors keep picocli's code 2; anything else escaping a command is a bug.
        commandLine.setExitCodeExceptionMapper(error -> error instanceof CommandLine.ParameterException
                ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            return ExitCodes.INTERNAL;
        }
    }

    /** Not a bug but a site larger than the heap: say how to give it more, instead of a stack trace. */
    static String outOfMemory(long maxHeapBytes) {
        long megabytes = maxHeapBytes >> 20;
        String twice = "-Xmx" + Math.max(1, (megabytes * 2 + 1023) >> 10) + "g";
        return "paperboy: out of memory: this site needs more than the Java heap's " + megabytes + " MB; run again"
                + " with a larger heap, e.g. PAPERBOY_JAVA_OPTS=" + twice + " bin/paperboy ..., or java " + twice
                + " -jar paperboy.jar ...";
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
