package dev.paperboy.site;

import dev.paperboy.listing.ArxivId;
import java.util.Objects;

/**
 * Where a paper with an arXiv identifier can be read: its abstract page, its PDF and, for new-style identifiers (the
 * only ones Hugging Face lists), its Hugging Face paper page (null otherwise). Made once per paper, so cards print
 * them without building strings.
 */
public record ArxivLinks(String id, String abs, String pdf, String huggingFace) {
    public ArxivLinks {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(abs, "abs");
        Objects.requireNonNull(pdf, "pdf");
    }

    /** The links of a valid identifier, or null for none. */
    static ArxivLinks of(String id) {
        if (id == null) {
            return null;
        }
        return new ArxivLinks(id, "https://arxiv.org/abs/" + id, "https://arxiv.org/pdf/" + id,
                id.contains("/") ? null : "https://huggingface.co/papers/" + ArxivId.withoutVersion(id));
    }
}
