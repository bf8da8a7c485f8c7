package dev.paperboy.render;

import dev.paperboy.diag.SiteFiles;
import freemarker.cache.FileTemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads the site's own templates by the site's rule for links: a template that is (or lies in) a link leading
 * outside the site fails to load with {@link SiteFiles.OutsideSiteException}, reported as an error naming it.
 * FreeMarker's own check, which refuses any link out of templates/ as an internal error, is replaced by it.
 */
final class SiteTemplateLoader extends FileTemplateLoader {
    private final Path folder;
    private final SiteFiles files;

    SiteTemplateLoader(Path folder, SiteFiles files) throws IOException {
        super(folder.toFile(), true);
        this.folder = folder.toAbsolutePath().normalize();
        this.files = files;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            files.inside(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        return super.findTemplateSource(name);
    }
}
