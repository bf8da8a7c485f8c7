package dev.paperboy.publish;

import dev.paperboy.config.SiteConfig;
import java.util.Set;

/**
 * What a build is about to write, known before it renders anything.
 *
 * @param config the config it renders with ({@code --base-url} applied)
 * @param files  the path of every file it writes, relative to the output folder
 */
record ExpectedOutput(SiteConfig config, Set<String> files) {
    ExpectedOutput {
        files = Set.copyOf(files);
    }
}
