package dev.paperboy.yaml;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.internal.Canonical;
import dev.paperboy.yaml.internal.SimpleYaml;
import java.util.Optional;

/**
 * Reads a YAML document whose top level must be a mapping, keeping each key's line so every later error can
 * name it. Refuses hostile input: no anchors or aliases (so no alias bombs), limits on nesting and size, and
 * reports duplicate keys. The shapes front matter is written in are read by {@link SimpleYaml}, several times
 * faster; anything else, and every error, by Jackson. Thread-safe: create one and share it.
 */
public final class YamlReader {
    /**
     * Front matter and site.yaml are small, save a digest's lists of papers: import writes each slug twice (the
     * papers, and what was imported, for the next import's merge), about 170 characters a paper, so 16 MiB holds a
     * digest of some 95,000 papers (one 10,000-entry listing makes 1.5 MB). Anything bigger is a mistake or an
     * attack.
     */
    public static final int MAX_DOCUMENT_CHARS = 16 << 20;
    static final int MAX_NESTING = 32;

    /** Every file of a site has the same few pointers; positions are kept for the whole build. */
    private static final Canonical POINTERS = new Canonical(4096);

    private JacksonYaml jackson;

    /**
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}. On any problem reports it
     * and returns empty; an empty document is an empty mapping.
     */
    public Optional<YamlMapping> read(String file, String yaml, int firstLine, Diagnostics diagnostics) {
        if (!isWithinLimit(yaml)) {
            diagnostics.error(SourcePos.of(file, firstLine),
                    "YAML is too large (" + yaml.length() + " characters, at most " + MAX_DOCUMENT_CHARS + ")");
            return Optional.empty();
        }
        Optional<YamlMapping> simple = SimpleYaml.read(file, yaml, firstLine, POINTERS);
        return simple.isPresent() ? simple : jackson().read(file, yaml, firstLine, diagnostics);
    }

    /** Whether {@link #read} takes a document this long. */
    public static boolean isWithinLimit(String yaml) {
        return yaml.length() <= MAX_DOCUMENT_CHARS;
    }

    /** Made on first use: a site in the usual shapes never needs it, and it loads some 500 classes. */
    private synchronized JacksonYaml jackson() {
        if (jackson == null) {
            jackson = new JacksonYaml(POINTERS);
        }
        return jackson;
    }
}
