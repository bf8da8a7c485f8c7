package dev.paperboy.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What search knows of one published paper: its card (title, abstract, authors, themes, organisation, path), the
 * curator's notes as Markdown, and the date of its first digest.
 *
 * @param notes the curator's notes, Markdown source
 */
public record SearchEntry(PaperCard card, String notes, DateView date) {
    public SearchEntry {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(date, "date");
    }

    /**
     * The authors' names, and the posting organisation's; empty when unknown. Made from the card, which the build
     * cache hashes once for all the pages showing it, rather than held.
     */
    public List<String> authors() {
        if (card.organization() == null) {
            return card.authors();
        }
        List<String> names = new ArrayList<>(card.authors());
        names.add(card.organization());
        return names;
    }
}
