package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code paperboy themes assign}: re-runs theme assignment on papers whose {@code themes} the curator has not
 * changed since they were assigned (they still equal {@code imported.themes}), or on every paper when asked.
 * Only the {@code themes} and {@code imported} lines of a changed file are rewritten.
 */
public final class ThemeAssignment {
    private final YamlReader yaml;
    private final FrontMatterUpdates edits;

    public ThemeAssignment(YamlReader yaml) {
        this.yaml = yaml;
        this.edits = new FrontMatterUpdates(yaml, new YamlWriter());
    }

    /** What assignment did to one paper; {@code curated} papers were left alone as the curator set them. */
    public record Outcome(String file, List<String> before, List<String> after, boolean curated, boolean written) {
        public Outcome {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        public boolean changed() {
            return !before.equals(after);
        }
    }

    public List<Outcome> run(SiteLayout layout, ThemeAssigner assigner, boolean all, boolean dryRun,
            Diagnostics diagnostics) {
        List<FileWrite> planned = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        SiteFiles files = layout.files();
        for (Path path : ContentStore.markdownFiles(layout, layout.papers(), diagnostics)) {
            String name = path.getFileName().toString();
            Optional<EditableFile> read = EditableFile.read(files, path, name.substring(0, name.length() - 3),
                    layout.label(path), yaml, diagnostics);
            if (read.isEmpty()) {
                continue;
            }
            EditableFile file = read.get();
            List<String> current = texts(file.get(PaperReader.THEMES));
            boolean curated = !current.equals(texts(file.imported(PaperReader.IMPORTED, PaperReader.THEMES)));
            if (curated && !all) {
                outcomes.add(new Outcome(file.label(), current, current, true, false));
                continue;
            }
            List<String> assigned = assigner.assign(text(file.get(PaperReader.TITLE)),
                    text(file.get(PaperReader.ABSTRACT)));
            FileWrite edit = edits.update(file, changes(file, current, assigned), PaperReader.IMPORTED, diagnostics);
            planned.add(edit);
            outcomes.add(new Outcome(file.label(), current, assigned, false, edit.bytes() != null));
        }
        FileWrite.writeAll(planned, dryRun, diagnostics);
        return outcomes;
    }

    private static Map<String, JsonNode> changes(EditableFile file, List<String> current, List<String> assigned) {
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        if (!current.equals(assigned)) {
            changes.put(PaperReader.THEMES, Merge.array(assigned));
        }
        ObjectNode imported = file.get(PaperReader.IMPORTED).filter(JsonNode::isObject)
                .map(node -> ((ObjectNode) node).deepCopy())
                .orElseGet(JsonNodeFactory.instance::objectNode);
        if (!texts(Optional.ofNullable(imported.get(PaperReader.THEMES))).equals(assigned)) {
            imported.set(PaperReader.THEMES, Merge.array(assigned));
            changes.put(PaperReader.IMPORTED, imported);
        }
        return changes;
    }

    private static List<String> texts(Optional<JsonNode> node) {
        List<String> values = new ArrayList<>();
        node.filter(JsonNode::isArray).ifPresent(array -> array.forEach(item -> values.add(item.asText())));
        return values;
    }

    private static String text(Optional<JsonNode> node) {
        return node.map(JsonNode::asText).orElse("");
    }
}
