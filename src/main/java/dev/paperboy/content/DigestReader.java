package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.IsoDates;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.yaml.FieldReader;
import dev.paperboy.yaml.YamlReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses and validates one digest file: content/digests/YYYY-MM-DD.md. */
public final class DigestReader {
    public static final String TITLE = "title";
    public static final String PAPERS = "papers";
    public static final String DRAFT = "draft";
    /** Machine-owned: the listing's last paper order, to tell curator edits from updates. */
    public static final String IMPORTED = "imported";

    private static final Set<String> KEYS = Set.of(TITLE, PAPERS, DRAFT, IMPORTED);

    private final YamlReader yaml;

    public DigestReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** {@code name} is the file name without ".md", which must be the digest's date. */
    public Optional<Digest> read(String name, String file, String text, Diagnostics diagnostics) {
        LocalDate date;
        try {
            date = IsoDates.parse(name);
        } catch (DateTimeException e) {
            diagnostics.error(SourcePos.of(file), IsoDates.hasForm(name)
                    ? "digest file name is not a date: " + e.getMessage()
                    : "digest file name must be a date, YYYY-MM-DD.md");
            return Optional.empty();
        }
        Diagnostics local = new Diagnostics();
        Optional<Digest> digest = FrontMatterFile.split(file, text, local)
                .flatMap(parts -> yaml.read(file, parts.yaml(), parts.yamlFirstLine(), local)
                        .map(mapping -> {
                            FieldReader fields = new FieldReader(file, mapping, local);
                            fields.rejectUnknownKeys(KEYS);
                            SourceMap source = new SourceMap(mapping.positions(), parts.bodyFirstLine());
                            List<String> papers = fields.textList(PAPERS);
                            Set<String> seen = new HashSet<>();
                            for (int i = 0; i < papers.size(); i++) {
                                if (!seen.add(papers.get(i))) {
                                    local.error(source.pos("/papers/" + i),
                                            "paper \"" + papers.get(i) + "\" is listed twice");
                                }
                            }
                            return new Digest(date, fields.text(TITLE).orElse(""), papers,
                                    fields.bool(DRAFT).orElse(false), parts.body(), source);
                        }));
        diagnostics.addAll(local);
        return local.hasErrors() ? Optional.empty() : digest;
    }
}
