package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A site in a temporary folder: writes listing text, imports it, and reads back what import wrote. */
final class TestSite {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T12:00:00Z"), ZoneOffset.UTC);
    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    private final Path root;
    Diagnostics diagnostics = new Diagnostics();

    TestSite(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** A listing page: the chrome, its date line ("Nov 13"), then the entries. */
    static String listing(String date, String... entries) {
        return "Daily Papers\n\nbyAK and the research community\n\n" + date + "\n\n" + String.join("\n", entries);
    }

    /** One entry; {@code byline} is "  • 3 authors" or "account Name", {@code dateLine} like "Jun 12 5". */
    static String entry(String title, String abstractText, String byline, String dateLine) {
        return title + "\n\n" + abstractText + "\n\n" + byline + "\n·\n" + dateLine + "\n";
    }

    TestSite write(String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestSite delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportReport importListings(boolean dryRun, String... files) {
        diagnostics = new Diagnostics();
        List<Path> paths = Arrays.stream(files).map(root::resolve).toList();
        return new Importer(new YamlReader(), ThemeAssigner.NONE, CLOCK)
                .run(new ImportRequest(new SiteLayout(root), paths, null, 2025, dryRun), diagnostics);
    }

    ImportReport importListings(String... files) {
        return importListings(false, files);
    }

    /** The site's content as a build loads it, which must load without a problem. */
    Content load() {
        Diagnostics problems = new Diagnostics();
        Content content = ContentStore.read(new YamlReader(), new SiteLayout(root), problems);
        assertEquals(List.of(), problems.formatted());
        return content;
    }

    /** Every file under content/, by path relative to the site, with its text. */
    Map<String, String> content() {
        Map<String, String> files = new TreeMap<>();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(content)) {
            paths.filter(Files::isRegularFile).forEach(path ->
                    files.put(root.relativize(path).toString().replace('\\', '/'), read(root.relativize(path).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Sets every content file's modification time far into the past, so a rewrite shows. */
    void ageContent() {
        content().keySet().forEach(file -> {
            try {
                Files.setLastModifiedTime(root.resolve(file), LONG_AGO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The content files whose modification time is no longer the one {@link #ageContent} set. */
    List<String> rewritten() {
        return content().keySet().stream().filter(file -> {
            try {
                return !Files.getLastModifiedTime(root.resolve(file)).equals(LONG_AGO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
