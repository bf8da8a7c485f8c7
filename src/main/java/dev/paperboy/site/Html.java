package dev.paperboy.site;

import java.util.Objects;

/**
 * Curator Markdown rendered to HTML and sanitized, so templates may print {@code html} unescaped
 * ({@code ?no_esc}); {@code text} is its first paragraph as plain text, for excerpts. Equal by value.
 *
 * <p>The render stage may make the HTML of some notes again on each read instead of holding it (a subclass
 * overriding {@link #html()}), which is how it keeps a large site's notes out of the heap; that is the render
 * stage's business, and equality, hashing and every reader see only the value.
 */
public class Html {
    public static final Html EMPTY = new Html("", "");

    private final String html;
    private final String text;

    public Html(String html, String text) {
        this.html = Objects.requireNonNull(html, "html");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** For a subclass that makes its HTML on each read, in {@link #html()}. */
    protected Html(String text) {
        this.html = null;
        this.text = Objects.requireNonNull(text, "text");
    }

    public String html() {
        return html;
    }

    public final String text() {
        return text;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Html that && html().equals(that.html()) && text.equals(that.text);
    }

    @Override
    public final int hashCode() {
        return 31 * html().hashCode() + text.hashCode();
    }

    @Override
    public final String toString() {
        return "Html[html=" + html() + ", text=" + text + "]";
    }
}
