package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.content.FileChange.Kind;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Edits of a curator's front matter, line by line, each read back so a file is never left unreadable. */
final class FrontMatterUpdates {
    private final YamlReader yaml;
    private final FrontMatterEditor editor;

    FrontMatterUpdates(YamlReader yaml, YamlWriter writer) {
        this.yaml = yaml;
        this.editor = new FrontMatterEditor(writer);
    }

    /** The edit setting {@code changes} (new keys go before {@code lastKey}); UNCHANGED when there are none. */
    FileWrite update(EditableFile file, Map<String, JsonNode> changes, String lastKey, Diagnostics diagnostics) {
        if (changes.isEmpty()) {
            return new FileWrite(file.path(), new FileChange(file.label(), Kind.UNCHANGED, List.of()), null);
        }
        Optional<String> edited = editor.edit(file, changes, lastKey);
        Diagnostics check = new Diagnostics();
        Optional<FrontMatterFile> result = edited.flatMap(text -> FrontMatterFile.split(file.label(), text, check));
        if (result.isPresent() && !fitsFrontMatter(file.label(), result.get().yaml(), diagnostics)) {
            return FileWrite.skipped(file.path(), file.label());
        }
        boolean readable = result.flatMap(split -> yaml.read(file.label(), split.yaml(), split.yamlFirstLine(), check))
                .isPresent();
        if (!readable) {
            diagnostics.error(SourcePos.of(file.label(), 2), "cannot update this file's front matter line by line",
                    "write each top-level key on a line of its own");
            return FileWrite.skipped(file.path(), file.label());
        }
        return new FileWrite(file.path(), new FileChange(file.label(), Kind.UPDATED, List.copyOf(changes.keySet())),
                file.encode(edited.get()));
    }

    /** Whether a build reads front matter this long; if not, reports that the file is not written. */
    static boolean fitsFrontMatter(String label, String yaml, Diagnostics diagnostics) {
        if (YamlReader.isWithinLimit(yaml)) {
            return true;
        }
        diagnostics.error(SourcePos.of(label, 2), "not written: its front matter would have " + yaml.length()
                + " characters, more than the " + YamlReader.MAX_DOCUMENT_CHARS + " a build reads",
                "split the listing into smaller ones");
        return false;
    }
}
