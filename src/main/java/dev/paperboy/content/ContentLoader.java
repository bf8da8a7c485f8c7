package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads all of content/papers and content/digests in parallel, collecting every error. */
public final class ContentLoader {
    private static final String EXTENSION = ".md";

    /** Reading a file is partly waiting for the disk, parsing it is not: two threads per core. */
    private static final int READ_THREADS_PER_CORE = 2;

    private final PaperReader papers;
    private final DigestReader digests;

    public ContentLoader(YamlReader yaml) {
        this.papers = new PaperReader(yaml);
        this.digests = new DigestReader(yaml);
    }

    public Content load(SiteLayout layout, Diagnostics diagnostics) {
        return FileThreads.run(READ_THREADS_PER_CORE, () -> loadFiles(layout, diagnostics));
    }

    private Content loadFiles(SiteLayout layout, Diagnostics diagnostics) {
        SiteFiles files = layout.files();
        List<Paper> loadedPapers = markdownFiles(layout, layout.papers(), diagnostics).parallelStream()
                .map(file -> read(layout, files, file, diagnostics,
                        (name, label, text) -> papers.read(name, label, text, diagnostics)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Paper::slug))
                .toList();
        List<Digest> loadedDigests = markdownFiles(layout, layout.digests(), diagnostics).parallelStream()
                .map(file -> read(layout, files, file, diagnostics,
                        (name, label, text) -> digests.read(name, label, text, diagnostics)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Digest::date))
                .toList();
        return new Content(loadedPapers, loadedDigests);
    }

    /**
     * The .md files directly in {@code folder}, sorted; editor backups and hidden files are ignored. A folder that
     * leads outside the site is reported and not listed.
     */
    public static List<Path> markdownFiles(SiteLayout layout, Path folder, Diagnostics diagnostics) {
        if (layout.files().leadsOutside(folder)) {
            diagnostics.error(SourcePos.of(layout.label(folder)), SiteFiles.OUTSIDE);
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries
                    .filter(path -> {
                        String name = path.getFileName().toString();
                        return name.endsWith(EXTENSION) && !name.startsWith(".") && Files.isRegularFile(path);
                    })
                    .sorted()
                    .toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(layout.label(folder)), "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    private interface FileParser<T> {
        Optional<T> parse(String name, String label, String text);
    }

    private static <T> Optional<T> read(SiteLayout layout, SiteFiles files, Path file, Diagnostics diagnostics,
            FileParser<T> parser) {
        String label = layout.label(file);
        String fileName = Objects.requireNonNull(file.getFileName()).toString();
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        return TextFiles.read(files, file, label, diagnostics).flatMap(text -> parser.parse(name, label, text));
    }
}
