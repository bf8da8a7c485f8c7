package dev.paperboy.themes;

import java.util.Objects;

/**
 * The text of one paper that the theme algorithms look at.
 *
 * @param slug         the paper's unique slug
 * @param title        the paper's title
 * @param abstractText the abstract; {@code null} is read as empty
 * @param notes        the curator's Markdown body; {@code null} is read as empty
 */
public record PaperText(String slug, String title, String abstractText, String notes) {
    public PaperText {
        Objects.requireNonNull(slug, "slug");
        if (slug.isBlank()) {
            throw new IllegalArgumentException("slug must not be blank");
        }
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        notes = notes == null ? "" : notes;
    }
}
