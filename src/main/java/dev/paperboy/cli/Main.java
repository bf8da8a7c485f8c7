package dev.paperboy.cli;

import dev.paperboy.diag.IsoDates;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: picocli parses the command line; each subcommand calls one stage and returns an exit code. */
@Command(
        name = "paperboy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Static site generator for curated research-paper digests.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order help lists them. picocli reads a command's annotations when it is added, so only
     * the one a command line names is added; help, usage errors and suggestions get them all.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Paperboy reports template errors itself, with file and line; FreeMarker's own log would repeat them.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        PrintWriter err = new PrintWriter(System.err, true);
        // Beside the command, not before it: the JVM's management beans take longer to load than --version to run.
        Thread heapWatch = new Thread(() -> HeapWatch.start(err), "paperboy-heap-watch");
        heapWatch.setDaemon(true);
        heapWatch.start();
        System.exit(run(new PrintWriter(System.out, true), err, args));
    }

    /** Runs a command line and returns its exit code (see {@link ExitCodes}); used by tests too. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line printing to {@code out} and {@code err}, so tests can read what it printed. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        for (String name : subcommandsFor(args)) {
            commandLine.addSubcommand(name, SUBCOMMANDS.get(name).get());
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.registerConverter(LocalDate.class, Main::date);
        commandLine.setParameterExceptionHandler(Main::usageError);
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

    /**
     * Every usage error, on every command, is one line saying what is wrong (with picocli's suggestions for a
     * mistyped name) and one pointing at the command's help, instead of the whole usage text.
     */
    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine failed = error.getCommandLine();
        PrintWriter err = failed.getErr();
        String name = failed.getCommandSpec().qualifiedName();
        err.println(name + ": error: " + error.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Run '" + name + " --help' for usage.");
        return ExitCodes.USAGE;
    }

    /** A {@code YYYY-MM-DD} option value; a wrong one is told what is wrong with it, not Java's parser error. */
    private static LocalDate date(String value) {
        try {
            return IsoDates.parse(value);
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The subcommands a command line needs: the one it names, none for the version, else all. */
    static Set<String> subcommandsFor(String... args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            return Set.of(args[0]);
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return Set.of();
        }
        return SUBCOMMANDS.keySet();
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("init", InitCommand::new);
        subcommands.put("import", ImportCommand::new);
        subcommands.put("resolve", ResolveCommand::new);
        subcommands.put("build", BuildCommand::new);
        subcommands.put("themes", ThemesCommand::new);
        subcommands.put("check", CheckCommand::new);
        subcommands.put("serve", ServeCommand::new);
        subcommands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(subcommands);
    }

    /** Not a bug but a site larger than the heap: say how to give it more, instead of a stack trace. */
    static String outOfMemory(long maxHeapBytes) {
        return "paperboy: out of memory: this site needs more than the Java heap's " + (maxHeapBytes >> 20)
                + " MB; run again with " + largerHeap(maxHeapBytes);
    }

    /** How to run with twice the heap, in whole gigabytes, through the launcher or java itself. */
    static String largerHeap(long maxHeapBytes) {
        String twice = "-Xmx" + Math.max(1, ((maxHeapBytes >> 20) * 2 + 1023) >> 10) + "g";
        return "a larger heap, e.g. PAPERBOY_JAVA_OPTS=" + twice + " bin/paperboy ..., or java " + twice
                + " -jar paperboy.jar ...";
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
