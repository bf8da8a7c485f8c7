package dev.paperboy.arxiv;

import java.util.List;
import java.util.Objects;

/**
 * One paper of an arXiv API answer.
 *
 * @param id      the identifier without its version ({@code 2511.18538}, {@code hep-th/9901001}): the paper, whatever
 *                version the answer described
 * @param title   the title as arXiv writes it, whitespace collapsed (LaTeX kept)
 * @param authors the authors' names in order
 */
public record ArxivEntry(String id, String title, List<String> authors) {
    public ArxivEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
    }
}
