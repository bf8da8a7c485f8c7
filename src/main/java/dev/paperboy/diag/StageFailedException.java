package dev.paperboy.diag;

/** Thrown by a stage that collected errors and cannot go on; the diagnostics say what and where. */
public final class StageFailedException extends Exception {
    private final transient Diagnostics diagnostics;

    public StageFailedException(String stage, Diagnostics diagnostics) {
        super(stage + " failed with " + diagnostics.errorCount() + " error(s)");
        this.diagnostics = diagnostics;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
