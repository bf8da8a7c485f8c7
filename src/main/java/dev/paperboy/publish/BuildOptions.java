package dev.paperboy.publish;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What one build is asked to do.
 *
 * @param siteDir    the site folder (holding content/ and maybe templates/)
 * @param outDir     the output folder; null for {@code <siteDir>/site}
 * @param baseUrl    overrides base_url of content/site.yaml; null to keep it
 * @param drafts     include drafts and future-dated digests
 * @param indexLinks end internal links in {@code index.html} instead of {@code /}, for browsing from disk
 * @param clock      decides "today" (in the site's time zone) for future-dated digests
 * @param force      build into an output folder that holds files no Paperboy build wrote (they are kept)
 */
public record BuildOptions(Path siteDir, Path outDir, String baseUrl, boolean drafts, boolean indexLinks,
        Clock clock, boolean force) {
    public BuildOptions {
        Objects.requireNonNull(siteDir, "siteDir");
        Objects.requireNonNull(clock, "clock");
    }

    public static BuildOptions of(Path siteDir) {
        return new BuildOptions(siteDir, null, null, false, false, Clock.systemUTC(), false);
    }

    public BuildOptions withOutDir(Path newOutDir) {
        return new BuildOptions(siteDir, newOutDir, baseUrl, drafts, indexLinks, clock, force);
    }

    public BuildOptions withBaseUrl(String newBaseUrl) {
        return new BuildOptions(siteDir, outDir, newBaseUrl, drafts, indexLinks, clock, force);
    }

    public BuildOptions withForce(boolean newForce) {
        return new BuildOptions(siteDir, outDir, baseUrl, drafts, indexLinks, clock, newForce);
    }

    public BuildOptions withClock(Clock newClock) {
        return new BuildOptions(siteDir, outDir, baseUrl, drafts, indexLinks, newClock, force);
    }
}
