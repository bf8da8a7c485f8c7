package dev.paperboy.publish;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.render.RenderJob;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;

/**
 * What a page's key holds besides its own view: the tool, the config as read (so a comment edit in site.yaml changes
 * no page), the settings templates see, the asset paths, the files under templates/ that are no page's own (layouts
 * and partials, which any page may include), and the page's own template. Editing {@code digest.ftlh} changes the
 * keys of digest pages only.
 */
final class SiteKey {
    private static final byte[] BUILT_IN = new byte[0];

    private final byte[] shared;
    private final Map<String, byte[]> ownTemplates;

    private SiteKey(byte[] shared, Map<String, byte[]> ownTemplates) {
        this.shared = shared;
        this.ownTemplates = ownTemplates;
    }

    /**
     * @param templateFiles every file under templates/ but the assets, by name ({@link #templateFiles})
     * @param jobs          the jobs of the whole site, whose formats name the templates that are pages' own
     */
    static SiteKey of(String tool, Map<String, byte[]> templateFiles, SiteConfig config, EngineSettings settings,
            Map<String, String> assetPaths, List<RenderJob> jobs) {
        Set<String> own = jobs.stream().map(job -> job.format().template()).collect(Collectors.toSet());
        Map<String, byte[]> shared = new TreeMap<>();
        Map<String, byte[]> ownTemplates = new HashMap<>();
        templateFiles.forEach((name, bytes) -> {
            if (own.contains(name)) {
                ownTemplates.put(name, ViewDigest.of((Object) bytes));
            } else {
                shared.put(name, bytes);
            }
        });
        return new SiteKey(ViewDigest.of(tool, shared, config, settings.shown(), new TreeMap<>(assetPaths)),
                ownTemplates);
    }

    byte[] shared() {
        return shared;
    }

    /** The digest of a site's own template of this name; the built-in one is the tool's. */
    byte[] template(String name) {
        return ownTemplates.getOrDefault(name, BUILT_IN);
    }

    /**
     * The tool's version and the size and time of the jar it runs from, so a rebuilt jar of the same version
     * (with other built-in templates or code) does not trust the old cache.
     */
    static String tool() {
        String version = String.valueOf(SiteKey.class.getPackage().getImplementationVersion());
        CodeSource source = SiteKey.class.getProtectionDomain().getCodeSource();
        try {
            Path jar = Path.of(source.getLocation().toURI());
            return version + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + " unknown " + System.nanoTime();
        }
    }

    /** Every file under templates/ but the assets, whose content pages do not show (only their paths). */
    static Map<String, byte[]> templateFiles(SiteLayout layout) throws IOException {
        Path folder = layout.templates();
        SiteFiles siteFiles = layout.files();
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : siteFiles.walk(folder).files()) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            if (!name.startsWith(Assets.FOLDER + "/")) {
                files.put(name, Files.readAllBytes(file));
            }
        }
        return files;
    }
}
