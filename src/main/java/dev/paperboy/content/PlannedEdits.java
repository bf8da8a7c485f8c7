package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.content.FileChange.Kind;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans line-level edits of a curator's file, and reads each result back so a file is never left unreadable. */
final class PlannedEdits {
    private final YamlReader yaml;
    private final FrontMatterEditor editor;

    PlannedEdits(YamlReader yaml, YamlWriter writer) {
        this.yaml = yaml;
        this.editor = new FrontMatterEditor(writer);
    }

    /** The edit setting {@code changes} (new keys go before {@code lastKey}); UNCHANGED when there are none. */
    Planned update(ContentFile file, Map<String, JsonNode> changes, String lastKey, Diagnostics diagnostics) {
        if (changes.isEmpty()) {
            return new Planned(file.path(), new FileChange(file.label(), Kind.UNCHANGED, List.of()), null);
        }
        Optional<String> edited = editor.edit(file, changes, lastKey);
        Diagnostics check = new Diagnostics();
        boolean readable = edited.flatMap(text -> FrontMatterFile.split(file.label(), text, check))
                .flatMap(parts -> yaml.read(file.label(), parts.yaml(), parts.yamlFirstLine(), check))
                .isPresent();
        if (!readable) {
            diagnostics.error(SourcePos.of(file.label(), 2), "cannot update this file's front matter line by line",
                    "write each top-level key on a line of its own");
            return new Planned(file.path(), new FileChange(file.label(), Kind.SKIPPED, List.of()), null);
        }
        return new Planned(file.path(), new FileChange(file.label(), Kind.UPDATED, List.copyOf(changes.keySet())),
                file.encode(edited.get()));
    }
}
