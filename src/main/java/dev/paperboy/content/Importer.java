package dev.paperboy.content;

import dev.paperboy.content.FileChange.Kind;
import dev.paperboy.content.ImportReport.ListingUse;
import dev.paperboy.content.ImportReport.Tally;
import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SiteFiles;
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
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The import stage: reads listing files, merges what they say into content/papers and content/digests without
 * ever losing a curator's edit, and copies the listings to content/listings. Files whose merged bytes did not
 * change are not written; the rest are written atomically, in parallel.
 */
public final class Importer {
    /** How many new papers without a theme are named one by one. */
    private static final int UNTHEMED_SHOWN = 5;

    private final YamlReader yaml;
    private final YamlWriter writer = new YamlWriter();
    private final FrontMatterUpdates edits;
    private final ThemeAssigner themes;
    private final Clock clock;

    /** {@code themes} is called from several threads at once; {@code clock} gives the year when nothing else does. */
    public Importer(YamlReader yaml, ThemeAssigner themes, Clock clock) {
        this.yaml = yaml;
        this.edits = new FrontMatterUpdates(yaml, writer);
        this.themes = themes;
        this.clock = clock;
    }


    /**
     * A listing file that was read (or downloaded: not yet at its path), with the year its dates were read in and its
     * listings.
     */
    private record ListingFile(Path path, byte[] bytes, ListingYear year, List<Listing> listings, boolean downloaded) {
    }

    public ImportReport run(ImportRequest request, Diagnostics diagnostics) {
        SiteLayout layout = request.layout();
        List<ListingUse> uses = new ArrayList<>();
        List<ListingFile> listingFiles = new ArrayList<>();
        int rejectedEntries = 0;
        for (Path path : request.listings()) {
            String label = layout.label(path);
            Diagnostics local = new Diagnostics();
            byte[] downloaded = request.downloaded().get(path);
            Optional<byte[]> read = Optional.ofNullable(downloaded).or(() -> readBytes(path, label, local));
            ListingYear resolved = ListingYear.resolve(String.valueOf(path.getFileName()), request.date(),
                    request.year(), clock);
            // JSON dates carry their year: the year rules only give --date to items that lack one.
            ListingYear year = read.filter(ListingParser::isJson).isPresent()
                    ? new ListingYear(resolved.year(), "dates from the JSON", resolved.date())
                    : resolved;
            List<Listing> listings = read
                    .map(bytes -> {
                        List<Listing> parsed = ListingParser.parse(label, bytes, year, local);
                        if (!parsed.isEmpty() || !local.hasErrors()) {
                            listingFiles.add(new ListingFile(path, bytes, year, parsed, downloaded != null));
                        }
                        return parsed;
                    })
                    .orElse(List.of());
            boolean failed = listings.isEmpty() && local.hasErrors();
            if (year.guessed() && !listings.isEmpty()) {
                local.report(Diagnostic.warning(SourcePos.of(label), "no --date or --year, and no YYYY-MM-DD date in"
                        + " the file name: dates read in " + year.year() + ", the current year")
                        .withHint("pass --year YYYY or --date YYYY-MM-DD if the listing is from another year"));
            }
            rejectedEntries += failed ? 0 : local.errorCount();
            uses.add(new ListingUse(label, year, listings.stream().mapToInt(l -> l.entries().size()).sum(), failed));
            diagnostics.addAll(local);
        }
        if (listingFiles.isEmpty()) {
            return new ImportReport(new Tally(0, 0, 0, rejectedEntries), new Tally(0, 0, 0, 0), uses, List.of());
        }
        if (!request.dryRun() && !SiteInit.ensure(layout, diagnostics)) {
            return new ImportReport(new Tally(0, 0, 0, 0), new Tally(0, 0, 0, 0), uses, List.of());
        }

        SiteFiles files = layout.files();
        List<Path> paperPaths = ContentStore.markdownFiles(layout, layout.papers(), diagnostics);
        List<EditableFile> papersOnDisk = paperPaths.parallelStream()
                .map(path -> EditableFile.read(files, path, baseName(path), layout.label(path), yaml, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        Set<String> allNames = paperPaths.stream().map(Importer::baseName).collect(Collectors.toSet());
        Set<String> broken = new HashSet<>(allNames);
        papersOnDisk.forEach(file -> broken.remove(file.name()));
        SlugAllocator slugs = new SlugAllocator(allNames, papersOnDisk, broken);
        ListedPapers listed = ListedPapers.group(listingFiles.stream().map(ListingFile::listings).toList(), slugs,
                diagnostics);

        Map<String, EditableFile> papersByName = papersOnDisk.stream()
                .collect(Collectors.toMap(EditableFile::name, Function.identity()));
        Set<String> unthemed = new ConcurrentSkipListSet<>();
        List<FileWrite> papers = listed.papers().entrySet().parallelStream()
                .map(paper -> planPaper(layout, paper.getKey(), paper.getValue(), papersByName, unthemed,
                        diagnostics))
                .sorted(Comparator.comparing(planned -> planned.change().file()))
                .toList();
        reportUnthemed(unthemed, diagnostics);
        List<FileWrite> digests = listed.digests().entrySet().parallelStream()
                .map(digest -> planDigest(layout, files, digest.getKey(), digest.getValue(), diagnostics))
                .toList();
        List<FileWrite> copies = listingFiles.stream()
                .map(file -> planCopy(layout, file, diagnostics))
                .flatMap(Optional::stream)
                .toList();

        List<FileChange> paperChanges = FileWrite.writeAll(papers, request.dryRun(), diagnostics);
        List<FileChange> digestChanges = FileWrite.writeAll(digests, request.dryRun(), diagnostics);
        List<FileChange> copyChanges = FileWrite.writeAll(copies, request.dryRun(), diagnostics);
        List<FileChange> all = new ArrayList<>(paperChanges);
        all.addAll(digestChanges);
        all.addAll(copyChanges);
        return new ImportReport(Tally.of(paperChanges, rejectedEntries + listed.blocked()), Tally.of(digestChanges, 0),
                uses, all);
    }

    /** @param unthemed collects the labels of new papers that matched no theme */
    private FileWrite planPaper(SiteLayout layout, String slug, ListedPaper paper, Map<String, EditableFile> onDisk,
            Set<String> unthemed, Diagnostics diagnostics) {
        Path path = AtomicFiles.inside(layout.papers(), slug + ".md");
        EditableFile file = onDisk.get(slug);
        if (file == null) {
            List<String> assigned = themes.assign(paper.values().title(), paper.values().abstractText());
            if (assigned.isEmpty() && themes != ThemeAssigner.NONE) {
                unthemed.add(layout.label(path));
            }
            return created(layout, path, writer.mapping(PaperFrontMatter.create(paper, assigned)), diagnostics);
        }
        return edits.update(file, PaperFrontMatter.changes(file, paper), PaperReader.IMPORTED, diagnostics);
    }

    /**
     * Names the first few new papers that matched no theme one by one, then the next with how many more: one line
     * each would drown the rest of the report.
     */
    private static void reportUnthemed(Set<String> unthemed, Diagnostics diagnostics) {
        List<String> labels = List.copyOf(unthemed);
        for (int i = 0; i < labels.size() && i <= UNTHEMED_SHOWN; i++) {
            SourcePos pos = SourcePos.of(labels.get(i), 1);
            if (i < UNTHEMED_SHOWN || labels.size() == UNTHEMED_SHOWN + 1) {
                diagnostics.warning(pos,
                        "matched no theme of the taxonomy; set \"themes\" by hand if it has a clear topic");
            } else {
                diagnostics.report(Diagnostic.warning(pos, "this and " + (labels.size() - UNTHEMED_SHOWN - 1)
                        + " more new papers matched no theme of the taxonomy (" + labels.size() + " in all)")
                        .withHint("add keywords to the themes of content/site.yaml and run `paperboy themes assign`,"
                                + " or set \"themes\" by hand"));
            }
        }
    }

    private FileWrite planDigest(SiteLayout layout, SiteFiles files, LocalDate date, List<String> slugs,
            Diagnostics diagnostics) {
        Path path = AtomicFiles.inside(layout.digests(), date + ".md");
        String label = layout.label(path);
        if (!Files.exists(path)) {
            return created(layout, path, writer.mapping(DigestFrontMatter.create(slugs)), diagnostics);
        }
        return EditableFile.read(files, path, date.toString(), label, yaml, diagnostics)
                .map(file -> edits.update(file, DigestFrontMatter.changes(file, slugs), DigestReader.IMPORTED, diagnostics))
                .orElseGet(() -> FileWrite.skipped(path, label));
    }

    /** A new file of front matter alone; none if a build could not read it back. */
    private static FileWrite created(SiteLayout layout, Path path, String yaml, Diagnostics diagnostics) {
        String label = layout.label(path);
        if (!FrontMatterUpdates.fitsFrontMatter(label, yaml, diagnostics)) {
            return FileWrite.skipped(path, label);
        }
        String text = FrontMatterFile.FENCE + "\n" + yaml + FrontMatterFile.FENCE + "\n";
        return new FileWrite(path, new FileChange(label, Kind.CREATED, List.of()),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Keeps the listing in content/listings so the site can be imported again from source; a downloaded one is
     * written there, unchanged, for the first time.
     */
    private static Optional<FileWrite> planCopy(SiteLayout layout, ListingFile listing, Diagnostics diagnostics) {
        String name = String.valueOf(listing.path().getFileName());
        if (name.startsWith(".")) {
            diagnostics.warning(SourcePos.of(layout.label(listing.path())),
                    "not copied to content/listings: hidden file name");
            return Optional.empty();
        }
        boolean inListings = layout.listings().equals(listing.path().toAbsolutePath().normalize().getParent());
        if (inListings && !listing.downloaded()) {
            return Optional.empty();
        }
        Path target = AtomicFiles.inside(layout.listings(), copyName(name, listing));
        Kind kind = Kind.CREATED;
        if (Files.exists(target)) {
            Optional<byte[]> old = readBytes(target, layout.label(target), new Diagnostics());
            if (old.isPresent() && Arrays.equals(old.get(), listing.bytes())) {
                return Optional.empty();
            }
            kind = Kind.UPDATED;
        }
        return Optional.of(new FileWrite(target, new FileChange(layout.label(target), kind, List.of()),
                listing.bytes()));
    }

    /**
     * The copy's name: the listing's own, led by its date when the name does not give the year it was read in, so
     * that importing content/listings/*.txt again reads every date as this import did.
     */
    private static String copyName(String name, ListingFile listing) {
        int year = listing.year().year();
        if (ListingYear.yearInFileName(name).equals(Optional.of(year))) {
            return name;
        }
        return listing.listings().stream()
                .map(Listing::date)
                .filter(date -> date.getYear() == year)
                .findFirst()
                .map(date -> date + "-" + name)
                .orElse(name);
    }

    private static Optional<byte[]> readBytes(Path path, String label, Diagnostics diagnostics) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (java.nio.file.NoSuchFileException e) {
            diagnostics.error(SourcePos.of(label), "no such file", "looked for " + path.toAbsolutePath().normalize());
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
