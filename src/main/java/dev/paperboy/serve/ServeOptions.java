package dev.paperboy.serve;

import dev.paperboy.content.SiteLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What one {@code paperboy serve} session is asked to do.
 *
 * @param bind        the address to listen on; 127.0.0.1 keeps the preview private to this machine
 * @param port        0 picks a free port
 * @param drafts      include drafts and future-dated digests
 * @param quietPeriod how long the files must be left alone before a rebuild, so one save gives one rebuild
 * @param clock       decides "today" for future-dated digests
 */
public record ServeOptions(Path siteDir, String bind, int port, boolean drafts, Duration quietPeriod, Clock clock) {
    /** Inside the site folder but outside site/, content/ and templates/: never mixed with build output. */
    public static final String OUTPUT = ".paperboy/serve";
    /** Long enough for the events of one save (see {@link SiteWatcher}), short next to a rebuild. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(20);

    public ServeOptions {
        Objects.requireNonNull(siteDir, "siteDir");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        Objects.requireNonNull(clock, "clock");
    }

    public SiteLayout layout() {
        return new SiteLayout(siteDir);
    }

    /** The folder the preview is rendered into and served from. */
    public Path output() {
        return layout().root().resolve(OUTPUT);
    }
}
