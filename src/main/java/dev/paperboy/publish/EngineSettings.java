package dev.paperboy.publish;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SiteEngine} is asked to make, besides the site's own files.
 *
 * @param baseUrl      overrides base_url of content/site.yaml; null to keep it
 * @param drafts       include drafts and future-dated digests
 * @param indexLinks   end internal links in {@code index.html}, for browsing from disk
 * @param servedAtRoot link pages as the preview server serves them, at the root of its address
 * @param clock        decides "today" (in the site's time zone) for future-dated digests
 */
public record EngineSettings(String baseUrl, boolean drafts, boolean indexLinks, boolean servedAtRoot,
        Clock clock) {
    public EngineSettings {
        Objects.requireNonNull(clock, "clock");
    }

    static EngineSettings of(BuildOptions options) {
        return new EngineSettings(options.baseUrl(), options.drafts(), options.indexLinks(), false,
                options.clock());
    }

    /** Everything but the clock, whose day shows in the model: what pages see of the settings. */
    List<Object> shown() {
        return Arrays.asList(baseUrl, drafts, indexLinks, servedAtRoot);
    }
}
