package dev.paperboy.content;

import dev.paperboy.diag.SiteFiles;
import java.nio.file.Path;

/** The folders of a Paperboy site, and how paths are named in messages (relative to the site folder, with /). */
public record SiteLayout(Path root) {
    public SiteLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path siteYaml() {
        return content().resolve("site.yaml");
    }

    public Path papers() {
        return content().resolve("papers");
    }

    public Path digests() {
        return content().resolve("digests");
    }

    public Path listings() {
        return content().resolve("listings");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path defaultOutput() {
        return root.resolve("site");
    }

    /** Reads the site's files by the rule for links leading outside the site. */
    public SiteFiles files() {
        return new SiteFiles(root);
    }

    /** The label for messages: relative to the site folder when inside it, always with forward slashes. */
    public String label(Path path) {
        return SiteFiles.label(root, path);
    }
}
