package dev.paperboy.site;

import java.util.Objects;

/**
 * A link to a digest's page.
 *
 * @param title the curator's title, or the date as text when there is none
 */
public record DigestLink(String title, DateView date, String path, int paperCount) {
    public DigestLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(path, "path");
    }
}
