package dev.paperboy.yaml;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.internal.SharedCopies;
import dev.paperboy.yaml.internal.SimpleYaml;
import java.util.Optional;

/**
 * Reads a YAML document whose top level must be a mapping, keeping each key's line so every later error can
 * name it. Refuses hostile input: no anchors or aliases (so no alias bombs), limits on nesting and size, and
 * reports duplicate keys. The shapes front matter is written in are read by {@link SimpleYaml}, several times
 * faster; anything else, and every error, by Jackson. Thread-safe: create one per build and share it among its
 * threads; it holds one copy of the JSON pointers and position shapes its documents have in common.
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

    /** Every file of a site has the same few pointers, and its positions are kept as long as the reader. */
    private final SharedCopies<String> pointers = new SharedCopies<>(4096);
    /** A site's papers and digests come in a few thousand shapes (sorted lists of pointers) at most. */
    private final PointerShapes shapes = new PointerShapes(4096);
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
        Optional<YamlMapping> simple = readSimple(file, yaml, firstLine);
        return simple.isPresent() ? simple : jackson().read(file, yaml, firstLine, diagnostics);
    }

    /** The document as {@link SimpleYaml} reads it, or empty when it leaves it to Jackson. */
    Optional<YamlMapping> readSimple(String file, String yaml, int firstLine) {
        return SimpleYaml.read(file, yaml, firstLine, pointers)
                .map(document -> YamlMapping.of(file, yaml, document.top(), document.positions(), shapes));
    }

    /** Whether {@link #read} takes a document this long. */
    public static boolean isWithinLimit(String yaml) {
        return yaml.length() <= MAX_DOCUMENT_CHARS;
    }

    /** Made on first use: a site in the usual shapes never needs it, and it loads some 500 classes. */
    synchronized JacksonYaml jackson() {
        if (jackson == null) {
            jackson = new JacksonYaml(pointers, shapes);
        }
        return jackson;
    }
}
