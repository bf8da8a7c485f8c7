package dev.paperboy.publish;

import dev.paperboy.render.TemplateTimes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a successful build wrote.
 *
 * @param pages     HTML pages (404.html not counted)
 * @param feeds     RSS and Atom files
 * @param files     every file in the output, assets included
 * @param changed   files whose bytes differ from the previous build (the others kept their mtime)
 * @param stages    how long each stage took
 * @param templates what the pages rendered (not those the build cache kept) cost, by template
 */
public record BuildResult(Path output, int pages, int feeds, int files, int changed, StageTimes stages,
        TemplateTimes templates) {
    public BuildResult {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(templates, "templates");
    }

    /** How long the whole build took. */
    public Duration time() {
        return stages.total();
    }
}
