package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
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
 * The papers and digests of a site as last read from disk, file by file, each with its own problems: the one way
 * content is read. {@code build} reads every file once; {@code serve} keeps the store and re-reads only the files
 * that changed. A file that fails to parse (maybe half-written) keeps its problems until it is read again. Also
 * keeps which digests list each paper, and which files were read again since {@link #forgetChanges}, for the model
 * patch of {@code serve}.
 */
public final class ContentStore implements ContentIndex {
    private static final String EXTENSION = ".md";
    /** Reading a file is partly waiting for the disk, parsing it is not: two threads per core. */
    private static final int READ_THREADS_PER_CORE = 2;

    private final SiteLayout layout;
    private final SiteFiles siteFiles;
    private final PaperReader paperReader;
    private final DigestReader digestReader;
    /** By file name without ".md": slug order, date order. */
    private final NavigableMap<String, Loaded<Paper>> papers = new ConcurrentSkipListMap<>();
    private final NavigableMap<String, Loaded<Digest>> digests = new ConcurrentSkipListMap<>();
    /** The dates of the digests (as last read) whose lists name each paper. */
    private final Map<String, Set<LocalDate>> listings = new HashMap<>();
    /** Names of the files in {@link #papers} and {@link #digests} that have problems. */
    private final Set<String> paperProblems = new TreeSet<>();
    private final Set<String> digestProblems = new TreeSet<>();
    private final Set<String> changedPapers = new TreeSet<>();
    private final Set<LocalDate> changedDigests = new TreeSet<>();

    private record Loaded<T>(Optional<T> value, Diagnostics problems) {
    }

    public ContentStore(SiteLayout layout, YamlReader yaml) {
        this.layout = layout;
        this.siteFiles = layout.files();
        this.paperReader = new PaperReader(yaml);
        this.digestReader = new DigestReader(yaml);
    }

    /** Reads every paper and digest of the site, reporting every problem of every file: for one-off readers. */
    public static Content read(YamlReader yaml, SiteLayout layout, Diagnostics diagnostics) {
        ContentStore store = new ContentStore(layout, yaml);
        store.readAll(diagnostics);
        store.reportProblems(diagnostics);
        return store.content();
    }

    /**
     * Re-reads every file, in parallel; {@code listing} collects problems listing the folders, each file keeps its
     * own ({@link #reportProblems}).
     */
    public void readAll(Diagnostics listing) {
        papers.clear();
        digests.clear();
        FileThreads.run(READ_THREADS_PER_CORE, () -> {
            Stream.concat(markdownFiles(layout, layout.papers(), listing).stream(),
                    markdownFiles(layout, layout.digests(), listing).stream()).parallel().forEach(this::load);
            return null;
        });
        listings.clear();
        digests.values().forEach(loaded -> loaded.value().ifPresent(this::list));
        paperProblems.clear();
        papers.forEach((name, loaded) -> noteProblems(paperProblems, name, loaded));
        digestProblems.clear();
        digests.forEach((name, loaded) -> noteProblems(digestProblems, name, loaded));
    }

    /** Re-reads one file of content/papers or content/digests, or forgets it if it is gone. */
    public void update(Path file) {
        String name = name(file);
        if (file.getParent().equals(layout.digests())) {
            Optional.ofNullable(digests.get(name)).flatMap(Loaded::value).ifPresent(this::unlist);
        }
        load(file);
        if (file.getParent().equals(layout.papers())) {
            noteProblems(paperProblems, name, papers.get(name));
            changedPapers.add(name);
        } else if (file.getParent().equals(layout.digests())) {
            Loaded<Digest> loaded = digests.get(name);
            noteProblems(digestProblems, name, loaded);
            Optional.ofNullable(loaded).flatMap(Loaded::value).ifPresent(this::list);
            dateOf(name).ifPresent(changedDigests::add);
        }
    }

    /** Whether {@code path} is a file {@link #update} reads: a visible .md file directly in papers/ or digests/. */
    public boolean isContentFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        Path parent = path.getParent();
        return name.endsWith(EXTENSION) && !name.startsWith(".")
                && (layout.papers().equals(parent) || layout.digests().equals(parent));
    }

    /** The papers (by slug) and digests (by date) that read without errors. */
    public Content content() {
        return new Content(values(papers), values(digests));
    }

    /** Paper files that exist but failed to load: their own errors are reported, so digests may list them. */
    public Set<String> unreadablePapers() {
        return papers.entrySet().stream().filter(entry -> entry.getValue().value().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean hasProblems() {
        return !paperProblems.isEmpty() || !digestProblems.isEmpty();
    }

    /** Adds the problems (errors and warnings) of every file as last read. */
    public void reportProblems(Diagnostics diagnostics) {
        paperProblems.forEach(name -> diagnostics.addAll(papers.get(name).problems()));
        digestProblems.forEach(name -> diagnostics.addAll(digests.get(name).problems()));
    }

    /** Slugs of the paper files read again since {@link #forgetChanges}, which may be gone. */
    public Set<String> changedPapers() {
        return changedPapers;
    }

    /** Dates of the digest files read again since {@link #forgetChanges}, which may be gone. */
    public Set<LocalDate> changedDigests() {
        return changedDigests;
    }

    /** Called once a rebuild has shown every change. */
    public void forgetChanges() {
        changedPapers.clear();
        changedDigests.clear();
    }

    @Override
    public Optional<Paper> paper(String slug) {
        return Optional.ofNullable(papers.get(slug)).flatMap(Loaded::value);
    }

    @Override
    public Optional<Digest> digest(LocalDate date) {
        return Optional.ofNullable(digests.get(date.toString())).flatMap(Loaded::value);
    }

    @Override
    public Set<LocalDate> digestsListing(String slug) {
        return Set.copyOf(listings.getOrDefault(slug, Set.of()));
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

    /** Reads one file into {@link #papers} or {@link #digests}, or forgets it if it is gone; safe in parallel. */
    private void load(Path file) {
        String name = name(file);
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

    private void list(Digest digest) {
        digest.papers().forEach(slug -> listings.computeIfAbsent(slug, key -> new TreeSet<>()).add(digest.date()));
    }

    private void unlist(Digest digest) {
        for (String slug : digest.papers()) {
            Set<LocalDate> dates = listings.get(slug);
            if (dates != null && dates.remove(digest.date()) && dates.isEmpty()) {
                listings.remove(slug);
            }
        }
    }

    private static <T> void noteProblems(Set<String> withProblems, String name, Loaded<T> loaded) {
        if (loaded != null && !loaded.problems().isEmpty()) {
            withProblems.add(name);
        } else {
            withProblems.remove(name);
        }
    }

    private static String name(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - EXTENSION.length());
    }

    /** A digest file's date; empty for a name that is not one (that file has a problem saying so). */
    private static Optional<LocalDate> dateOf(String name) {
        try {
            return Optional.of(LocalDate.parse(name));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private interface Parser<T> {
        Optional<T> parse(String text, Diagnostics problems);
    }

    private <T> Loaded<T> read(Path file, String label, Parser<T> parser) {
        Diagnostics problems = new Diagnostics();
        Optional<T> value = TextFiles.read(siteFiles, file, label, problems)
                .flatMap(text -> parser.parse(text, problems));
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
