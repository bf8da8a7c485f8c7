package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.content.FileChange.Kind;
import dev.paperboy.content.ImportReport.ListingUse;
import dev.paperboy.content.ImportReport.Tally;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.listing.Listing;
import dev.paperboy.listing.ListingParser;
import dev.paperboy.listing.ListingYear;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The import stage: reads listing files, merges what they say into content/papers and content/digests without
 * ever losing a curator's edit, and copies the listings to content/listings. Files whose merged bytes did not
 * change are not written; the rest are written atomically, in parallel.
 */
public final class Importer {
    private static final int WRITE_THREADS = 4 * Runtime.getRuntime().availableProcessors();

    private final YamlReader yaml;
    private final YamlWriter writer = new YamlWriter();
    private final FrontMatterEditor editor = new FrontMatterEditor(writer);
    private final ThemeAssigner themes;
    private final Clock clock;

    /** {@code themes} is called from several threads at once; {@code clock} gives the year when nothing else does. */
    public Importer(YamlReader yaml, ThemeAssigner themes, Clock clock) {
        this.yaml = yaml;
        this.themes = themes;
        this.clock = clock;
    }

    /** A planned file: its new bytes (null when nothing is to be written). */
    private record Planned(Path path, FileChange change, byte[] bytes) {
    }

    /** A listing file that was read, with its listings. */
    private record ListingFile(Path path, byte[] bytes, List<Listing> listings) {
    }

    public ImportReport run(ImportRequest request, Diagnostics diagnostics) {
        SiteLayout layout = request.layout();
        if (!request.dryRun() && !SiteInit.ensure(layout, diagnostics)) {
            return new ImportReport(new Tally(0, 0, 0, 0), new Tally(0, 0, 0, 0), List.of(), List.of());
        }
        List<ListingUse> uses = new ArrayList<>();
        List<ListingFile> listingFiles = new ArrayList<>();
        int rejectedEntries = 0;
        for (Path path : request.listings()) {
            String label = layout.label(path);
            ListingYear year = ListingYear.resolve(String.valueOf(path.getFileName()), request.date(), request.year(),
                    clock);
            Diagnostics local = new Diagnostics();
            List<Listing> listings = readBytes(path, label, local)
                    .map(bytes -> {
                        List<Listing> parsed = ListingParser.parse(label, bytes, year, local);
                        if (!parsed.isEmpty() || !local.hasErrors()) {
                            listingFiles.add(new ListingFile(path, bytes, parsed));
                        }
                        return parsed;
                    })
                    .orElse(List.of());
            boolean failed = listings.isEmpty() && local.hasErrors();
            rejectedEntries += failed ? 0 : local.errorCount();
            uses.add(new ListingUse(label, year, listings.stream().mapToInt(l -> l.entries().size()).sum(), failed));
            diagnostics.addAll(local);
        }

        List<Path> paperPaths = ContentLoader.markdownFiles(layout, layout.papers(), diagnostics);
        List<ContentFile> papersOnDisk = paperPaths.parallelStream()
                .map(path -> ContentFile.read(path, baseName(path), layout.label(path), yaml, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        Set<String> allNames = paperPaths.stream().map(Importer::baseName).collect(Collectors.toSet());
        Set<String> broken = new HashSet<>(allNames);
        papersOnDisk.forEach(file -> broken.remove(file.name()));
        SlugAllocator slugs = new SlugAllocator(allNames, papersOnDisk, broken);
        ListedPapers listed = ListedPapers.group(listingFiles.stream().map(ListingFile::listings).toList(), slugs,
                diagnostics);

        Map<String, ContentFile> papersByName = papersOnDisk.stream()
                .collect(Collectors.toMap(ContentFile::name, Function.identity()));
        List<Planned> papers = listed.papers().entrySet().parallelStream()
                .map(paper -> planPaper(layout, paper.getKey(), paper.getValue(), papersByName, diagnostics))
                .sorted(Comparator.comparing(planned -> planned.change().file()))
                .toList();
        List<Planned> digests = listed.digests().entrySet().parallelStream()
                .map(digest -> planDigest(layout, digest.getKey(), digest.getValue(), diagnostics))
                .toList();
        List<Planned> copies = listingFiles.stream()
                .map(file -> planCopy(layout, file, diagnostics))
                .flatMap(Optional::stream)
                .toList();

        List<FileChange> paperChanges = write(papers, request.dryRun(), diagnostics);
        List<FileChange> digestChanges = write(digests, request.dryRun(), diagnostics);
        List<FileChange> copyChanges = write(copies, request.dryRun(), diagnostics);
        List<FileChange> all = new ArrayList<>(paperChanges);
        all.addAll(digestChanges);
        all.addAll(copyChanges);
        return new ImportReport(Tally.of(paperChanges, rejectedEntries + listed.blocked()), Tally.of(digestChanges, 0),
                uses, all);
    }

    private Planned planPaper(SiteLayout layout, String slug, ListedPaper paper, Map<String, ContentFile> onDisk,
            Diagnostics diagnostics) {
        Path path = AtomicFiles.inside(layout.papers(), slug + ".md");
        ContentFile file = onDisk.get(slug);
        if (file == null) {
            List<String> assigned = themes.assign(paper.title(), paper.abstractText());
            String text = FrontMatterFile.FENCE + "\n" + writer.mapping(PaperFrontMatter.create(paper, assigned))
                    + FrontMatterFile.FENCE + "\n";
            return created(layout, path, text);
        }
        return update(file, PaperFrontMatter.changes(file, paper), PaperReader.IMPORTED, diagnostics);
    }

    private Planned planDigest(SiteLayout layout, LocalDate date, List<String> slugs, Diagnostics diagnostics) {
        Path path = AtomicFiles.inside(layout.digests(), date + ".md");
        String label = layout.label(path);
        if (!Files.exists(path)) {
            String text = FrontMatterFile.FENCE + "\n" + writer.mapping(DigestFrontMatter.create(slugs))
                    + FrontMatterFile.FENCE + "\n";
            return created(layout, path, text);
        }
        return ContentFile.read(path, date.toString(), label, yaml, diagnostics)
                .map(file -> update(file, DigestFrontMatter.changes(file, slugs), DigestReader.IMPORTED, diagnostics))
                .orElseGet(() -> new Planned(path, new FileChange(label, Kind.SKIPPED, List.of()), null));
    }

    private static Planned created(SiteLayout layout, Path path, String text) {
        return new Planned(path, new FileChange(layout.label(path), Kind.CREATED, List.of()),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Edits the changed keys' lines, then reads the result back so a curator's file is never left unreadable. */
    private Planned update(ContentFile file, Map<String, JsonNode> changes, String lastKey, Diagnostics diagnostics) {
        if (changes.isEmpty()) {
            return new Planned(file.path(), new FileChange(file.label(), Kind.UNCHANGED, List.of()), null);
        }
        Optional<String> edited = editor.edit(file, changes, lastKey);
        Diagnostics check = new Diagnostics();
        boolean readable = edited.flatMap(text -> FrontMatterFile.split(file.label(), text, check))
                .flatMap(parts -> yaml.read(file.label(), parts.yaml(), parts.yamlFirstLine(), check))
                .isPresent();
        if (!readable) {
            diagnostics.error(SourcePos.of(file.label(), 2), "cannot update this file's front matter line by line",
                    "write each top-level key on a line of its own");
            return new Planned(file.path(), new FileChange(file.label(), Kind.SKIPPED, List.of()), null);
        }
        return new Planned(file.path(), new FileChange(file.label(), Kind.UPDATED, List.copyOf(changes.keySet())),
                file.encode(edited.get()));
    }

    /** Keeps the listing in content/listings so the site can be imported again from source. */
    private static Optional<Planned> planCopy(SiteLayout layout, ListingFile listing, Diagnostics diagnostics) {
        String name = String.valueOf(listing.path().getFileName());
        if (name.startsWith(".")) {
            diagnostics.warning(SourcePos.of(layout.label(listing.path())),
                    "not copied to content/listings: hidden file name");
            return Optional.empty();
        }
        Path target = AtomicFiles.inside(layout.listings(), name);
        if (target.equals(listing.path().toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        Kind kind = Kind.CREATED;
        if (Files.exists(target)) {
            Optional<byte[]> old = readBytes(target, layout.label(target), new Diagnostics());
            if (old.isPresent() && Arrays.equals(old.get(), listing.bytes())) {
                return Optional.empty();
            }
            kind = Kind.UPDATED;
        }
        return Optional.of(new Planned(target, new FileChange(layout.label(target), kind, List.of()),
                listing.bytes()));
    }

    /** Writing is mostly waiting for the file system, so it runs on more threads than there are cores. */
    private static List<FileChange> write(List<Planned> planned, boolean dryRun, Diagnostics diagnostics) {
        ForkJoinPool pool = new ForkJoinPool(WRITE_THREADS);
        try {
            return pool.submit(() -> writeAll(planned, dryRun, diagnostics)).join();
        } finally {
            pool.shutdown();
        }
    }

    private static List<FileChange> writeAll(List<Planned> planned, boolean dryRun, Diagnostics diagnostics) {
        return planned.parallelStream().map(file -> {
            if (dryRun || file.bytes() == null) {
                return file.change();
            }
            try {
                AtomicFiles.write(file.path(), file.bytes());
                return file.change();
            } catch (IOException e) {
                diagnostics.error(SourcePos.of(file.change().file()), "cannot write: " + e);
                return new FileChange(file.change().file(), Kind.SKIPPED, List.of());
            }
        }).toList();
    }

    private static Optional<byte[]> readBytes(Path path, String label, Diagnostics diagnostics) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (java.nio.file.NoSuchFileException e) {
            diagnostics.error(SourcePos.of(label), "no such file");
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(label), "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String baseName(Path path) {
        String name = String.valueOf(path.getFileName());
        return name.substring(0, name.length() - ".md".length());
    }
}
