package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Creates a new site: content/site.yaml with commented defaults, the empty content folders and a .gitignore for what
 * Paperboy writes; on request, a GitHub Actions workflow that publishes the site on GitHub Pages.
 */
public final class SiteInit {
    /** Where {@code init --github-pages} writes the workflow, relative to the site folder. */
    public static final String PAGES_WORKFLOW = ".github/workflows/pages.yml";
    static final String GITIGNORE = ".gitignore";
    private static final String RELEASE_ZIP = "@PAPERBOY_ZIP@";

    private SiteInit() {
    }

    /**
     * Creates the site in {@code layout} and its .gitignore, and the Pages workflow if {@code githubPages}. A folder
     * that already has a site.yaml is refused, unless only the workflow is asked for: it is then added to the site.
     *
     * @return the files written or changed, as labels relative to the site folder; empty when refused (reported)
     */
    public static Optional<List<String>> create(SiteLayout layout, boolean githubPages, Diagnostics diagnostics) {
        boolean exists = Files.exists(layout.siteYaml());
        if (exists && !githubPages) {
            diagnostics.error(SourcePos.of(layout.label(layout.siteYaml())), "a site already exists here",
                    "remove content/site.yaml to start over, or import into it");
            return Optional.empty();
        }
        Path workflow = layout.root().resolve(PAGES_WORKFLOW);
        if (githubPages && Files.exists(workflow)) {
            diagnostics.error(SourcePos.of(PAGES_WORKFLOW), "a workflow of that name already exists",
                    "remove it to write it again");
            return Optional.empty();
        }
        List<String> written = new ArrayList<>();
        if (!exists) {
            if (!ensure(layout, diagnostics)) {
                return Optional.empty();
            }
            written.add(layout.label(layout.siteYaml()));
        }
        Path current = layout.root().resolve(GITIGNORE);
        try {
            if (addIgnores(current)) {
                written.add(GITIGNORE);
            }
            if (githubPages) {
                current = workflow;
                Files.createDirectories(workflow.getParent());
                AtomicFiles.write(workflow, pagesWorkflow());
                written.add(PAGES_WORKFLOW);
            }
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(layout.label(current)), "cannot write: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(written);
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
                Files.write(current, resource("site.yaml"), java.nio.file.StandardOpenOption.CREATE_NEW);
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

    /**
     * Writes the .gitignore, or adds to an existing one (a site inside a repository that has one) the patterns it
     * lacks, keeping every line it has. False when it already had them all.
     */
    private static boolean addIgnores(Path file) throws IOException {
        String ours = new String(resource("gitignore"), StandardCharsets.UTF_8);
        if (!Files.exists(file)) {
            AtomicFiles.write(file, ours.getBytes(StandardCharsets.UTF_8));
            return true;
        }
        String existing = Files.readString(file, StandardCharsets.UTF_8);
        Set<String> have = new LinkedHashSet<>(existing.lines().map(String::strip).toList());
        List<String> missing = ours.lines().filter(line -> !line.startsWith("#") && !have.contains(line)).toList();
        if (missing.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder(existing);
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            text.append('\n');
        }
        text.append("# Written by paperboy init: the built site, its build cache, the preview.\n");
        missing.forEach(line -> text.append(line).append('\n'));
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** The workflow, pinned to this version's release zip. */
    static byte[] pagesWorkflow() {
        String text = new String(resource("github-pages.yml"), StandardCharsets.UTF_8);
        return text.replace(RELEASE_ZIP, release().getProperty("zip")).getBytes(StandardCharsets.UTF_8);
    }

    /** What Maven wrote of this release: {@code zip}, the address of its zip. */
    static Properties release() {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(resource("release.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(SiteInit.class.getResourceAsStream(name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " missing from the jar", e);
        }
    }
}
