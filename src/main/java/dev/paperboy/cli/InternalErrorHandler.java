package dev.paperboy.cli;

import picocli.CommandLine;

/** An exception escaping a command is a bug: one line by default, the stack trace with --verbose. */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        if (verbose) {
            error.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("paperboy: internal error: " + error
                    + " (run again with --verbose for details, and please report it)");
        }
        return ExitCodes.INTERNAL;
    }
}
