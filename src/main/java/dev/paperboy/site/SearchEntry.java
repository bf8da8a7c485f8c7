package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * What search knows of one published paper: its card (title, abstract, themes, organisation, path), its authors,
 * the curator's notes as Markdown, and the date of its first digest.
 *
 * @param authors the authors' names, and the posting organisation's; empty when unknown
 * @param notes   the curator's notes, Markdown source
 */
public record SearchEntry(PaperCard card, List<String> authors, String notes, DateView date) {
    public SearchEntry {
        Objects.requireNonNull(card, "card");
        authors = List.copyOf(authors);
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(date, "date");
    }
}
