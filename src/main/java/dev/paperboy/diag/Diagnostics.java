package dev.paperboy.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of one run, from any thread. Keeps at most {@link #limit} of them but counts all,
 * so a run with thousands of errors still prints a bounded report that says how many were left out.
 */
public final class Diagnostics {
    public static final int DEFAULT_LIMIT = 100;

    private final int limit;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int errorCount;
    private int warningCount;

    public Diagnostics() {
        this(DEFAULT_LIMIT);
    }

    public Diagnostics(int limit) {
        this.limit = limit;
    }

    public synchronized void report(Diagnostic diagnostic) {
        if (diagnostic.isError()) {
            errorCount++;
        } else {
            warningCount++;
        }
        if (kept.size() < limit) {
            kept.add(diagnostic);
        }
    }

    public void error(SourcePos pos, String message) {
        report(Diagnostic.error(pos, message));
    }

    public void error(SourcePos pos, String message, String hint) {
        report(Diagnostic.error(pos, message).withHint(hint));
    }

    public void warning(SourcePos pos, String message) {
        report(Diagnostic.warning(pos, message));
    }

    /** Adds another collector's problems, keeping its counts of the ones it left out. */
    public void addAll(Diagnostics other) {
        List<Diagnostic> theirs = other.sorted();
        int theirErrors = other.errorCount();
        int theirWarnings = other.warningCount();
        synchronized (this) {
            theirs.forEach(this::report);
            long keptErrors = theirs.stream().filter(Diagnostic::isError).count();
            errorCount += theirErrors - (int) keptErrors;
            warningCount += theirWarnings - (theirs.size() - (int) keptErrors);
        }
    }

    public synchronized boolean hasErrors() {
        return errorCount > 0;
    }

    public synchronized int errorCount() {
        return errorCount;
    }

    public synchronized int warningCount() {
        return warningCount;
    }

    public synchronized boolean isEmpty() {
        return errorCount == 0 && warningCount == 0;
    }

    /** The kept diagnostics in file/line order. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(kept);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    /** Report lines, plus one line saying how many were left out past the limit. */
    public synchronized List<String> formatted() {
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : sorted()) {
            lines.add(diagnostic.format());
        }
        int omitted = errorCount + warningCount - kept.size();
        if (omitted > 0) {
            lines.add("... and " + omitted + " more problem(s) not shown");
        }
        return lines;
    }
}
