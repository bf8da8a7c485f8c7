package dev.paperboy.content;

import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.listing.ArxivId;
import dev.paperboy.listing.HttpUrls;
import dev.paperboy.listing.Organization;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.yaml.FieldReader;
import dev.paperboy.yaml.YamlField;
import dev.paperboy.yaml.YamlMapping;
import dev.paperboy.yaml.YamlReader;
import dev.paperboy.yaml.internal.SharedCopies;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses and validates one paper file (front matter and notes). */
public final class PaperReader {
    public static final String TITLE = "title";
    public static final String ARXIV_ID = "arxiv_id";
    public static final String ABSTRACT = "abstract";
    public static final String PUBLISHED = "published";
    public static final String AUTHORS = "authors";
    public static final String AUTHORS_COUNT = "authors_count";
    public static final String ORGANIZATION = "organization";
    public static final String UPVOTES = "upvotes";
    public static final String LINKS = "links";
    public static final String CODE_URL = "code_url";
    public static final String PROJECT_URL = "project_url";
    public static final String DIGESTS = "digests";
    public static final String THEMES = "themes";
    public static final String DRAFT = "draft";
    /** Machine-owned: what the listing (and theme assignment) last said, to tell curator edits from updates. */
    public static final String IMPORTED = "imported";

    private static final Set<String> KEYS = Set.of(TITLE, ARXIV_ID, ABSTRACT, PUBLISHED, AUTHORS, AUTHORS_COUNT,
            ORGANIZATION, UPVOTES, LINKS, CODE_URL, PROJECT_URL, DIGESTS, THEMES, DRAFT, IMPORTED);
    private static final Set<String> ORGANIZATION_KEYS = Set.of("account", "name");

    private final YamlReader yaml;
    /**
     * One copy of each author name and theme slug for the whole site, where each paper's file would otherwise give
     * it a copy of its own for as long as the site is held: at 100,000 papers with twenty authors each, two million
     * names. Bounded, as {@code serve} keeps the reader while names come and go.
     */
    private final SharedCopies<String> repeated = new SharedCopies<>(1 << 20);

    public PaperReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** {@code file} is the path relative to the site folder, used in messages. */
    public Optional<Paper> read(String slug, String file, String text, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        Optional<Paper> paper = FrontMatterFile.split(file, text, local)
                .flatMap(parts -> yaml.read(file, parts.yaml(), parts.yamlFirstLine(), local)
                        .map(mapping -> toPaper(slug, file, mapping, parts.body(), parts.bodyFirstLine(), local)));
        diagnostics.addAll(local);
        return local.hasErrors() ? Optional.empty() : paper;
    }

    private Paper toPaper(String slug, String file, YamlMapping mapping, String body, int bodyLine,
            Diagnostics diagnostics) {
        FieldReader fields = new FieldReader(file, mapping, diagnostics);
        fields.rejectUnknownKeys(KEYS);
        if (!SiteConfigLoader.SLUG.matcher(slug).matches()) {
            diagnostics.error(SourcePos.of(file), "file name \"" + slug + ".md\" is not a valid slug",
                    "use lowercase letters, digits and hyphens");
        }
        List<String> links = fields.textList(LINKS);
        for (int i = 0; i < links.size(); i++) {
            checkUrl(links.get(i), fields.pos(LINKS), LINKS, diagnostics);
        }
        Optional<String> codeUrl = url(fields, CODE_URL, diagnostics);
        Optional<String> projectUrl = url(fields, PROJECT_URL, diagnostics);
        Optional<String> arxivId = arxivId(fields, mapping, diagnostics);
        List<String> authors = repeated.ofEach(fields.textList(AUTHORS));
        mapping.get(AUTHORS).map(YamlField::value).filter(JsonNode::isArray).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).isTextual() && items.get(i).asText().isBlank()) {
                    diagnostics.error(mapping.position("/" + AUTHORS + "/" + i).orElse(fields.pos(AUTHORS)),
                            "item " + (i + 1) + " of \"" + AUTHORS + "\" is empty", "write one author's name per item");
                }
            }
        });
        if (fields.has(IMPORTED) && !mapping.get(IMPORTED).orElseThrow().value().isObject()) {
            diagnostics.error(fields.pos(IMPORTED), "\"imported\" must be a mapping (it is written by import)");
        }
        List<String> themes = repeated.ofEach(fields.textList(THEMES));
        return new Paper(slug,
                fields.requiredText(TITLE),
                arxivId.orElse(null),
                fields.text(ABSTRACT).orElse(""),
                fields.date(PUBLISHED).orElse(null),
                authors,
                fields.integer(AUTHORS_COUNT, 0).orElse(null),
                organization(fields, mapping, file, diagnostics),
                fields.integer(UPVOTES, 0).orElse(null),
                links,
                codeUrl.orElse(null),
                projectUrl.orElse(null),
                fields.dateList(DIGESTS),
                themes,
                fields.bool(DRAFT).orElse(false),
                body,
                new SourceMap(mapping.positions(), bodyLine));
    }

    private static Organization organization(FieldReader fields, YamlMapping mapping, String file,
            Diagnostics diagnostics) {
        if (!fields.has(ORGANIZATION)) {
            return null;
        }
        if (!mapping.get(ORGANIZATION).orElseThrow().value().isObject()) {
            diagnostics.error(fields.pos(ORGANIZATION), "\"organization\" must be a mapping with account and name");
            return null;
        }
        FieldReader organization = fields.mappingField(ORGANIZATION);
        organization.rejectUnknownKeys(ORGANIZATION_KEYS);
        String account = organization.requiredText("account");
        if (account.isBlank()) {
            return null; // reported by requiredText
        }
        return new Organization(account, organization.text("name").filter(name -> !name.isBlank()).orElse(account));
    }

    /**
     * The arXiv id, valid or reported. Unquoted, {@code 2511.18530} is a YAML number that reads back as 2511.1853,
     * so a number is refused whatever its digits.
     */
    private static Optional<String> arxivId(FieldReader fields, YamlMapping mapping, Diagnostics diagnostics) {
        if (mapping.get(ARXIV_ID).map(YamlField::value).filter(JsonNode::isNumber).isPresent()) {
            diagnostics.error(fields.pos(ARXIV_ID), "\"" + ARXIV_ID + "\" must be text in quotes, found a number",
                    "write arxiv_id: \"2511.18538\"; unquoted, YAML reads it as a number and drops trailing zeros");
            return Optional.empty();
        }
        return fields.text(ARXIV_ID).filter(id -> {
            boolean valid = ArxivId.isValid(id);
            if (!valid) {
                diagnostics.error(fields.pos(ARXIV_ID), "\"" + ARXIV_ID + "\" is not an arXiv identifier: \"" + id
                        + "\"", "write it as arXiv does, like 2511.18538, 2511.18538v2 or hep-th/9901001");
            }
            return valid;
        });
    }

    private static Optional<String> url(FieldReader fields, String key, Diagnostics diagnostics) {
        Optional<String> url = fields.text(key);
        url.ifPresent(value -> checkUrl(value, fields.pos(key), key, diagnostics));
        return url;
    }

    /** Only absolute http(s) and mailto links: anything else (javascript:, data:, paths) could be abused. */
    static void checkUrl(String url, SourcePos pos, String key, Diagnostics diagnostics) {
        if (HttpUrls.valid(url)) {
            return;
        }
        diagnostics.error(pos, "\"" + key + "\" has a malformed URL \"" + url + "\"",
                "use an absolute http:// or https:// URL");
    }
}
