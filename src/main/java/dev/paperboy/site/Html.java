package dev.paperboy.site;

import java.util.Objects;

/**
 * Curator Markdown rendered to HTML and sanitized, so templates may print {@code html} unescaped
 * ({@code ?no_esc}); {@code text} is its first paragraph as plain text, for excerpts.
 */
public record Html(String html, String text) {
    public static final Html EMPTY = new Html("", "");

    public Html {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    public boolean isEmpty() {
        return html.isBlank();
    }
}
