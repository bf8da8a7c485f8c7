package dev.paperboy.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Content, template or input errors: the user's files need fixing. */
    public static final int CONTENT_ERROR = 1;
    /** Unknown option, missing argument (picocli's own default). */
    public static final int USAGE = 2;
    /** A bug in Paperboy. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
