package dev.paperboy.publish;

import dev.paperboy.diag.SiteFiles;
import dev.paperboy.render.TemplateEngine;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Collects templates/assets/: the default theme's files from the jar, overridden file by file by the site's own
 * templates/assets/. CSS, JS and XSL get a content hash in their name, so browsers and CDNs may cache them forever.
 */
public final class Assets {
    static final String FOLDER = "assets";
    private static final int HASH_CHARS = 8;

    private Assets() {
    }

    /** Every asset, sorted by name; also used by {@code serve}, which keeps its own output folder. */
    public static List<Asset> collect(Path siteTemplates, SiteFiles siteFiles) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        readBuiltIn(files);
        // Links leading outside the site are left out here; the build reports them as errors.
        Path folder = siteTemplates.resolve(FOLDER);
        for (Path file : siteFiles.walk(folder).files()) {
            put(folder, file, files);
        }
        return files.entrySet().stream().map(file -> new Asset(file.getKey(),
                FOLDER + "/" + hashedName(file.getKey(), file.getValue()), file.getValue())).toList();
    }

    /** Each asset's output path by its name, as templates ask for it ({@code url.asset("style.css")}). */
    public static Map<String, String> paths(List<Asset> assets) {
        return assets.stream().collect(Collectors.toMap(Asset::name, Asset::path));
    }

    static String hashedName(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extension.equals("css") && !extension.equals("js") && !extension.equals("xsl")) {
            return name;
        }
        return name.substring(0, dot) + "." + sha256(bytes).substring(0, HASH_CHARS) + name.substring(dot);
    }

    private static void readBuiltIn(Map<String, byte[]> files) throws IOException {
        URL url = Assets.class.getResource(TemplateEngine.BUILT_IN + "/" + FOLDER);
        if (url == null) {
            return;
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad class path location " + url, e);
        }
        if (!uri.getScheme().equals("jar")) {
            read(Path.of(uri), files);
            return;
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            read(jar.provider().getPath(uri), files);
        } catch (FileSystemAlreadyExistsException e) {
            read(FileSystems.getFileSystem(uri).provider().getPath(uri), files);
        }
    }

    private static void read(Path folder, Map<String, byte[]> files) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                put(folder, file, files);
            }
        }
    }

    private static void put(Path folder, Path file, Map<String, byte[]> files) throws IOException {
        String name = folder.relativize(file).toString().replace('\\', '/');
        if (!name.startsWith(".") && !name.contains("/.")) {
            files.put(name, Files.readAllBytes(file));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
