package dev.paperboy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: picocli parses the command line; each subcommand calls one stage and returns an exit code. */
@Command(
        name = "paperboy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Static site generator for curated research-paper digests.",
        subcommands = {CommandLine.HelpCommand.class, BuildCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (see {@link ExitCodes}); used by tests too. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        // Usage errors keep picocli's code 2; anything else escaping a command is a bug.
        commandLine.setExitCodeExceptionMapper(error -> error instanceof CommandLine.ParameterException
                ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
