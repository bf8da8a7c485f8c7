package dev.paperboy.publish;

import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.render.NoteChecks;
import dev.paperboy.site.NoteSource;
import dev.paperboy.site.SiteLink;
import dev.paperboy.site.SiteModel;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files kept in content/ that notes and intros show (figures, PDF slides), copied into the site under
 * {@code files/} with the path they have in content/, so a link to one never changes. Used by {@code build},
 * {@code check} and {@code serve}; only files the published notes link to are read.
 */
public final class ShownFiles {
    private ShownFiles() {
    }

    /**
     * Checks the site links of published notes against the planned output paths ({@link NoteChecks}) and reads the files
     * they show; each asset's name is its path under content/.
     */
    public static List<Asset> read(SiteLayout layout, SiteModel model, Set<String> outputPaths, NoteChecks checks,
            Diagnostics diagnostics) {
        List<Asset> files = new ArrayList<>();
        for (String file : checks.checkLinks(model, outputPaths, layout, diagnostics)) {
            try {
                files.add(new Asset(file, SiteLink.FILES + file, Files.readAllBytes(
                        layout.files().inside(layout.content().resolve(file)))));
            } catch (IOException e) {
                diagnostics.error(SourcePos.of(NoteSource.CONTENT + file), "cannot read file: " + e.getMessage());
            }
        }
        return files;
    }
}
