package dev.paperboy.serve;

import java.io.IOException;
import java.util.Optional;

/** A rebuild to run and report: empty when there was nothing to rebuild. */
@FunctionalInterface
interface RebuildStep {
    Optional<Rebuild> run() throws IOException;
}
