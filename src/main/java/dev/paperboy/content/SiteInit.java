package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Creates a new site: content/site.yaml with commented defaults and the empty content folders. */
public final class SiteInit {
    private SiteInit() {
    }

    /** Creates the site in {@code layout}; refuses (reports, returns false) when it already has a site.yaml. */
    public static boolean create(SiteLayout layout, Diagnostics diagnostics) {
        if (Files.exists(layout.siteYaml())) {
            diagnostics.error(SourcePos.of(layout.label(layout.siteYaml())), "a site already exists here",
                    "remove content/site.yaml to start over, or import into it");
            return false;
        }
        return ensure(layout, diagnostics);
    }

    /** Creates whatever of the site is missing, keeping all that exists; false (reported) when it cannot. */
    public static boolean ensure(SiteLayout layout, Diagnostics diagnostics) {
        Path current = layout.content();
        try {
            for (Path folder : List.of(layout.papers(), layout.digests(), layout.listings())) {
                current = folder;
                Files.createDirectories(folder);
            }
            current = layout.siteYaml();
            if (!Files.exists(current)) {
                Files.write(current, defaultSiteYaml(), java.nio.file.StandardOpenOption.CREATE_NEW);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            diagnostics.error(SourcePos.of(layout.label(current)), "cannot create: a file of that name is in the way");
            return false;
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(layout.label(current)), "cannot create: " + e.getMessage());
            return false;
        }
    }

    static byte[] defaultSiteYaml() {
        try (InputStream in = Objects.requireNonNull(SiteInit.class.getResourceAsStream("site.yaml"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("site.yaml template missing from the jar", e);
        }
    }
}
