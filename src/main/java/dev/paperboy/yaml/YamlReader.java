package dev.paperboy.yaml;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.util.Optional;

/**
 * Reads a YAML document whose top level must be a mapping, keeping each key's line so every later error can
 * name it. Refuses hostile input: no anchors or aliases (so no alias bombs), limits on nesting and size, and reports duplicate keys.
 * Thread-safe: create one and share it.
 */
public final class YamlReader {
    /** Front matter and site.yaml are small; anything bigger is a mistake or an attack. */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;
    static final int MAX_NESTING = 32;

    /** Every file of a site has the same few pointers; positions are kept for the whole build. */
    private static final Canonical POINTERS = new Canonical(4096);

    private final JacksonYaml jackson = new JacksonYaml(POINTERS);

    /**
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}. On any problem reports it
     * and returns empty; an empty document is an empty mapping.
     */
    public Optional<YamlMapping> read(String file, String yaml, int firstLine, Diagnostics diagnostics) {
        if (yaml.length() > MAX_DOCUMENT_CHARS) {
            diagnostics.error(SourcePos.of(file, firstLine),
                    "YAML is too large (" + yaml.length() + " characters, at most " + MAX_DOCUMENT_CHARS + ")");
            return Optional.empty();
        }
        return jackson.read(file, yaml, firstLine, diagnostics);
    }
}
