package dev.paperboy.publish;

import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.SiteFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every page of a build depends on besides its own view: the tool, every file under templates/, site.yaml
 * and the build options that reach templates. Any change to one of them re-renders every page.
 */
final class BuildKey {
    private BuildKey() {
    }

    static byte[] of(String tool, SiteLayout layout, BuildOptions options, Map<String, String> assetPaths)
            throws IOException {
        return ViewDigest.of(tool, files(layout.templates(), layout.files()), read(layout.siteYaml()),
                options.baseUrl(),
                options.indexLinks(), options.drafts(), new TreeMap<>(assetPaths));
    }

    /**
     * The tool's version and the size and time of the jar it runs from, so a rebuilt jar of the same version
     * (with other built-in templates or code) does not trust the old cache.
     */
    static String tool() {
        String version = String.valueOf(BuildKey.class.getPackage().getImplementationVersion());
        CodeSource source = BuildKey.class.getProtectionDomain().getCodeSource();
        try {
            Path jar = Path.of(source.getLocation().toURI());
            return version + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + " unknown " + System.nanoTime();
        }
    }

    private static Map<String, byte[]> files(Path folder, SiteFiles siteFiles) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : siteFiles.walk(folder).files()) {
            files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return files;
    }

    private static byte[] read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
    }
}
