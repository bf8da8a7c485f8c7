package dev.paperboy.content;

import static dev.paperboy.content.PaperReader.ABSTRACT;
import static dev.paperboy.content.PaperReader.ARXIV_ID;
import static dev.paperboy.content.PaperReader.AUTHORS;
import static dev.paperboy.content.PaperReader.AUTHORS_COUNT;
import static dev.paperboy.content.PaperReader.CODE_URL;
import static dev.paperboy.content.PaperReader.DIGESTS;
import static dev.paperboy.content.PaperReader.DRAFT;
import static dev.paperboy.content.PaperReader.IMPORTED;
import static dev.paperboy.content.PaperReader.LINKS;
import static dev.paperboy.content.PaperReader.ORGANIZATION;
import static dev.paperboy.content.PaperReader.PROJECT_URL;
import static dev.paperboy.content.PaperReader.PUBLISHED;
import static dev.paperboy.content.PaperReader.THEMES;
import static dev.paperboy.content.PaperReader.TITLE;
import static dev.paperboy.content.PaperReader.UPVOTES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paperboy.listing.ListingEntry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A paper's front matter as import writes it: the whole of it for a new paper, the changed keys for an existing
 * one. The {@code imported:} block keeps what the listing last said for each listing-owned key (the abstract as
 * a hash), the digest dates it ever listed, and the themes as assigned.
 */
final class PaperFrontMatter {
    static final String HASH_PREFIX = "sha256:";
    private static final int HASH_HEX_DIGITS = 16;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> IDENTITY_KEYS = List.of(ARXIV_ID, AUTHORS, PROJECT_URL);

    private PaperFrontMatter() {
    }

    static ObjectNode create(ListedPaper paper, List<String> themes) {
        ObjectNode fields = NODES.objectNode();
        Map<String, JsonNode> listed = listed(paper, key -> null);
        listed.forEach((key, value) -> {
            if (value != null) {
                fields.set(key, value);
            }
        });
        fields.set(DIGESTS, Merge.array(dates(paper.digests())));
        fields.set(THEMES, Merge.array(themes));
        fields.put(DRAFT, false);
        ObjectNode imported = imported(listed, dates(paper.digests()));
        imported.set(THEMES, Merge.array(themes));
        fields.set(IMPORTED, imported);
        return fields;
    }

    /** The keys of {@code file} to set (a null value removes the key); empty when the merge changes nothing. */
    static Map<String, JsonNode> changes(EditableFile file, ListedPaper paper) {
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        Map<String, JsonNode> listed = listed(paper, key -> file.imported(IMPORTED, key).orElse(null));
        listed.forEach((key, theirs) -> {
            JsonNode ours = file.get(key).orElse(null);
            JsonNode base = file.imported(IMPORTED, key).orElse(null);
            JsonNode merged = Merge.value(base, ours, theirs, value -> fingerprint(key, value));
            if (!Objects.equals(merged, Merge.normal(ours))) {
                changes.put(key, merged);
            }
        });
        List<String> baseDigests = Merge.texts(file.imported(IMPORTED, DIGESTS).orElse(null));
        List<String> ourDigests = Merge.texts(file.get(DIGESTS).orElse(null));
        List<String> theirDigests = dates(paper.digests());
        List<String> digests = Merge.appendNew(baseDigests, ourDigests, theirDigests);
        if (!digests.equals(ourDigests)) {
            changes.put(DIGESTS, Merge.array(digests));
        }
        TreeSet<String> everListed = new TreeSet<>(baseDigests);
        everListed.addAll(theirDigests);
        ObjectNode imported = imported(listed, List.copyOf(everListed));
        file.imported(IMPORTED, THEMES).ifPresent(themes -> imported.set(THEMES, themes));
        if (!imported.equals(file.get(IMPORTED).orElse(null))) {
            changes.put(IMPORTED, imported);
        }
        return changes;
    }

    private static ObjectNode imported(Map<String, JsonNode> listed, List<String> digests) {
        ObjectNode imported = NODES.objectNode();
        listed.forEach((key, value) -> {
            if (value != null) {
                imported.set(key, fingerprint(key, value));
            }
        });
        imported.set(DIGESTS, Merge.array(digests));
        return imported;
    }

    /**
     * The listing's values by key, null where it gave none, in the order a new file lists them. The identity
     * keys (arXiv id, authors, project page) are not in every kind of listing (text has none of them): where the
     * listing gives none, {@code lastImported} gives the value import recorded last time, so it stays as it is.
     */
    private static Map<String, JsonNode> listed(ListedPaper paper, Function<String, JsonNode> lastImported) {
        ListingEntry listed = paper.values();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put(TITLE, NODES.textNode(listed.title()));
        values.put(ARXIV_ID, text(listed.arxivId()));
        values.put(ABSTRACT, listed.abstractText().isEmpty() ? null : NODES.textNode(listed.abstractText()));
        values.put(PUBLISHED, listed.published() == null ? null : NODES.textNode(listed.published().toString()));
        values.put(AUTHORS, Merge.normal(Merge.array(listed.authors())));
        values.put(AUTHORS_COUNT, listed.authorsCount() == null ? null : NODES.numberNode(listed.authorsCount()));
        values.put(ORGANIZATION, listed.organization() == null ? null : NODES.objectNode()
                .put("account", listed.organization().account())
                .put("name", listed.organization().name()));
        values.put(UPVOTES, listed.upvotes() == null ? null : NODES.numberNode(listed.upvotes()));
        values.put(LINKS, Merge.normal(Merge.array(listed.links())));
        values.put(CODE_URL, text(listed.codeUrl()));
        values.put(PROJECT_URL, text(listed.projectUrl()));
        for (String key : IDENTITY_KEYS) {
            if (values.get(key) == null) {
                values.put(key, lastImported.apply(key));
            }
        }
        return values;
    }

    private static JsonNode text(String value) {
        return value == null ? null : NODES.textNode(value);
    }

    /** What {@code imported:} keeps of a value: the abstract as a short hash, everything else as it is. */
    static JsonNode fingerprint(String key, JsonNode value) {
        if (!key.equals(ABSTRACT) || !value.isTextual()) {
            return value;
        }
        return TextNode.valueOf(HASH_PREFIX + Slugs.sha256Hex(value.asText()).substring(0, HASH_HEX_DIGITS));
    }

    private static List<String> dates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toList();
    }
}
