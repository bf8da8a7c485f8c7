package dev.paperboy.publish;

import dev.paperboy.content.ContentStore;
import dev.paperboy.content.SiteLayout;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a set of changed paths means for a rebuild.
 *
 * @param config       content/site.yaml changed
 * @param templates    changed templates by name ({@code partials/card.ftlh}), not assets
 * @param anyTemplate  a templates/ folder itself changed (created, deleted, events lost): every template may have
 * @param assets       something in templates/assets/ changed
 * @param contentFiles changed .md files in content/papers and content/digests (they may be gone)
 * @param rescan       a content folder itself changed: read all content again
 * @param otherContent another file in content/ changed (not a listing): a file notes may show
 */
public record Changes(boolean config, Set<String> templates, boolean anyTemplate, boolean assets, Set<Path> contentFiles,
        boolean rescan, boolean otherContent) {
    static final String ASSETS = "assets";

    public Changes {
        templates = Set.copyOf(templates);
        contentFiles = Set.copyOf(contentFiles);
    }

    /** Everything, for the first build. */
    public static Changes all() {
        return new Changes(true, Set.of(), true, true, Set.of(), true, true);
    }

    /** Nothing: a rebuild from what is in memory. */
    public static Changes none() {
        return new Changes(false, Set.of(), false, false, Set.of(), false, false);
    }

    /** Sorts the watcher's paths; paths no build reads (content/listings, editor files) are left out. */
    public static Changes of(SiteLayout layout, ContentStore files, Set<Path> changed) {
        boolean config = false;
        boolean anyTemplate = false;
        boolean assets = false;
        boolean rescan = false;
        boolean otherContent = false;
        Set<String> templates = new TreeSet<>();
        Set<Path> contentFiles = new TreeSet<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (file.equals(layout.siteYaml())) {
                config = true;
            } else if (files.isContentFile(file)) {
                contentFiles.add(file);
            } else if (file.equals(layout.content()) || file.equals(layout.papers())
                    || file.equals(layout.digests())) {
                rescan = true;
                config |= file.equals(layout.content());
            } else if (file.startsWith(layout.content()) && !file.startsWith(layout.listings())) {
                otherContent = true;
            } else if (file.startsWith(layout.templates())) {
                String name = file.equals(layout.templates()) ? ""
                        : layout.templates().relativize(file).toString().replace('\\', '/');
                if (name.equals(ASSETS) || name.startsWith(ASSETS + "/")) {
                    assets = true;
                } else if (name.isEmpty() || !name.contains(".")) {
                    anyTemplate = true;
                } else {
                    templates.add(name);
                }
            }
        }
        return new Changes(config, templates, anyTemplate, assets, contentFiles, rescan, otherContent);
    }

    public boolean isEmpty() {
        return !config && templates.isEmpty() && !anyTemplate && !assets && contentFiles.isEmpty() && !rescan
                && !otherContent;
    }
}
