package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The papers {@code paperboy resolve} looks up, and its edits of them: {@code arxiv_id} and {@code authors} set where
 * the file has none, through the same line editing as import, so nothing else the curator wrote changes.
 *
 * <p>A value found by title is recorded in {@code imported:} as well, as if a listing had given it: a re-import of
 * listing text (which gives no id) keeps it, a listing that gives one may replace it while the curator has not
 * changed it, and a curator's later change is kept. An id the curator confirmed is the curator's own value and is
 * not recorded there, so no listing replaces it.
 */
public final class IdentityEdits {
    private final YamlReader yaml;
    private final FrontMatterUpdates edits;

    public IdentityEdits(YamlReader yaml) {
        this.yaml = yaml;
        this.edits = new FrontMatterUpdates(yaml, new YamlWriter());
    }

    /**
     * One paper file as resolve sees it.
     *
     * <p>A key the file lacks although {@code imported:} records a value for it was removed by the curator:
     * resolve leaves it so.
     *
     * @param arxivId the file's id; null when it has none
     */
    public record PaperIdentity(String slug, String label, String title, String arxivId, boolean needsId,
            boolean needsAuthors) {
    }

    /** Every paper file that can be read, by file name; the others are reported. */
    public List<PaperIdentity> papers(SiteLayout layout, Diagnostics diagnostics) {
        List<PaperIdentity> papers = new ArrayList<>();
        for (Path path : ContentStore.markdownFiles(layout, layout.papers(), diagnostics)) {
            read(layout, path, diagnostics).map(IdentityEdits::identity).ifPresent(papers::add);
        }
        return papers;
    }

    /** The paper {@code slug}; empty (reported) when there is no such file or it cannot be read. */
    public Optional<PaperIdentity> paper(SiteLayout layout, String slug, Diagnostics diagnostics) {
        Path path = layout.papers().resolve(slug + ".md");
        if (slug.startsWith(".") || !path.normalize().getParent().equals(layout.papers()) || !Files.isRegularFile(path)) {
            diagnostics.error(SourcePos.of(layout.label(layout.papers()) + "/" + slug + ".md"), "no such paper",
                    "give the name of a file in content/papers without .md");
            return Optional.empty();
        }
        return read(layout, path, diagnostics).map(IdentityEdits::identity);
    }

    /**
     * Sets {@code arxiv_id} and {@code authors} of the paper {@code slug} where it needs them (see
     * {@link PaperIdentity}), reading the file again first; writes nothing when {@code dryRun}.
     *
     * @param confirmedByCurator the curator named the id: it is theirs, not recorded as a listing's, and it is set
     *                           even where the curator had removed one
     * @return what was, or would be, done to the file
     */
    public FileChange fill(SiteLayout layout, String slug, String arxivId, List<String> authors,
            boolean confirmedByCurator, boolean dryRun, Diagnostics diagnostics) {
        Path path = AtomicFiles.inside(layout.papers(), slug + ".md");
        Optional<EditableFile> read = EditableFile.read(layout.files(), path, slug, layout.label(path), yaml,
                diagnostics);
        if (read.isEmpty()) {
            return new FileChange(layout.label(path), FileChange.Kind.SKIPPED, List.of());
        }
        EditableFile file = read.get();
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        ObjectNode imported = file.get(PaperReader.IMPORTED).filter(JsonNode::isObject)
                .map(node -> ((ObjectNode) node).deepCopy())
                .orElseGet(JsonNodeFactory.instance::objectNode);
        PaperIdentity identity = identity(file);
        if (identity.arxivId() == null && (identity.needsId() || confirmedByCurator)) {
            changes.put(PaperReader.ARXIV_ID, JsonNodeFactory.instance.textNode(arxivId));
            if (!confirmedByCurator) {
                imported.put(PaperReader.ARXIV_ID, arxivId);
            }
        }
        if (identity.needsAuthors() && !authors.isEmpty()) {
            changes.put(PaperReader.AUTHORS, Merge.array(authors));
            imported.set(PaperReader.AUTHORS, Merge.array(authors));
        }
        if (!changes.isEmpty() && !imported.equals(file.get(PaperReader.IMPORTED).orElse(null))) {
            changes.put(PaperReader.IMPORTED, imported);
        }
        FileWrite planned = edits.update(file, changes, PaperReader.IMPORTED, diagnostics);
        return FileWrite.writeAll(List.of(planned), dryRun, diagnostics).get(0);
    }

    private Optional<EditableFile> read(SiteLayout layout, Path path, Diagnostics diagnostics) {
        String name = path.getFileName().toString();
        return EditableFile.read(layout.files(), path, name.substring(0, name.length() - ".md".length()),
                layout.label(path), yaml, diagnostics);
    }

    private static PaperIdentity identity(EditableFile file) {
        String id = file.get(PaperReader.ARXIV_ID).map(JsonNode::asText).orElse(null);
        String title = file.get(PaperReader.TITLE).map(JsonNode::asText).orElse("");
        return new PaperIdentity(file.name(), file.label(), title, id, isMissing(file, PaperReader.ARXIV_ID),
                isMissing(file, PaperReader.AUTHORS));
    }

    /** No value in the file, and none recorded by import that the curator could have removed. */
    private static boolean isMissing(EditableFile file, String key) {
        return Merge.normal(file.get(key).orElse(null)) == null
                && Merge.normal(file.imported(PaperReader.IMPORTED, key).orElse(null)) == null;
    }
}
