package dev.paperboy.serve;

import dev.paperboy.content.Content;
import dev.paperboy.content.ContentLoader;
import dev.paperboy.content.Digest;
import dev.paperboy.content.DigestReader;
import dev.paperboy.content.Paper;
import dev.paperboy.content.PaperReader;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.content.TextFiles;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The papers and digests of a site as last read from disk, file by file, with each file's own problems, so a
 * rebuild re-reads only the files that changed. A file that fails to parse (maybe half-written) keeps its
 * problems until it is read again.
 */
final class ContentFiles {
    private static final String EXTENSION = ".md";

    private final SiteLayout layout;
    private final PaperReader paperReader;
    private final DigestReader digestReader;
    /** By file name without ".md": the order {@link ContentLoader} gives (slug order, date order). */
    private final NavigableMap<String, Loaded<Paper>> papers = new ConcurrentSkipListMap<>();
    private final NavigableMap<String, Loaded<Digest>> digests = new ConcurrentSkipListMap<>();

    private record Loaded<T>(Optional<T> value, Diagnostics problems) {
    }

    ContentFiles(SiteLayout layout, YamlReader yaml) {
        this.layout = layout;
        this.paperReader = new PaperReader(yaml);
        this.digestReader = new DigestReader(yaml);
    }

    /** Re-reads every file, in parallel; {@code listing} collects problems listing the folders. */
    void readAll(Diagnostics listing) {
        papers.clear();
        digests.clear();
        ContentLoader.markdownFiles(layout, layout.papers(), listing).parallelStream().forEach(this::update);
        ContentLoader.markdownFiles(layout, layout.digests(), listing).parallelStream().forEach(this::update);
    }

    /** Re-reads one file of content/papers or content/digests, or forgets it if it is gone. */
    void update(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        boolean present = Files.isRegularFile(file);
        String label = layout.label(file);
        if (file.getParent().equals(layout.papers())) {
            put(papers, name, present ? read(file, label, (text, problems) ->
                    paperReader.read(name, label, text, problems)) : null);
        } else if (file.getParent().equals(layout.digests())) {
            put(digests, name, present ? read(file, label, (text, problems) ->
                    digestReader.read(name, label, text, problems)) : null);
        }
    }

    /** Whether {@code path} is a file {@link #update} reads: a visible .md file directly in papers/ or digests/. */
    boolean isContentFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        Path parent = path.getParent();
        return name.endsWith(EXTENSION) && !name.startsWith(".")
                && (layout.papers().equals(parent) || layout.digests().equals(parent));
    }

    Content content() {
        return new Content(values(papers), values(digests));
    }

    /** Paper files that exist but failed to load: their own errors are reported, so digests may list them. */
    Set<String> unreadablePapers() {
        return papers.entrySet().stream().filter(entry -> entry.getValue().value().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    void reportProblems(Diagnostics diagnostics) {
        Stream.concat(papers.values().stream(), digests.values().stream())
                .filter(loaded -> !loaded.problems().isEmpty())
                .forEach(loaded -> diagnostics.addAll(loaded.problems()));
    }

    private interface Parser<T> {
        Optional<T> parse(String text, Diagnostics problems);
    }

    private static <T> Loaded<T> read(Path file, String label, Parser<T> parser) {
        Diagnostics problems = new Diagnostics();
        Optional<T> value = TextFiles.read(file, label, problems).flatMap(text -> parser.parse(text, problems));
        return new Loaded<>(value, problems);
    }

    private static <T> void put(Map<String, Loaded<T>> files, String name, Loaded<T> loaded) {
        if (loaded == null) {
            files.remove(name);
        } else {
            files.put(name, loaded);
        }
    }

    private static <T> List<T> values(NavigableMap<String, Loaded<T>> files) {
        return files.values().stream().flatMap(loaded -> loaded.value().stream()).toList();
    }
}
