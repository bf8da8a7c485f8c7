package dev.paperboy.site;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Curator Markdown rendered to HTML and sanitized, so templates may print {@code html} unescaped
 * ({@code ?no_esc}); {@code text} is its first paragraph as plain text, for excerpts. Equal by value.
 */
public final class Html {
    public static final Html EMPTY = new Html("", "");

    private final String html;
    private final Supplier<String> remake;
    private final String text;

    public Html(String html, String text) {
        this(Objects.requireNonNull(html, "html"), null, text);
    }

    private Html(String html, Supplier<String> remake, String text) {
        this.html = html;
        this.remake = remake;
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * HTML that is made again from its source each time it is read, for renders cheaper to repeat than to hold:
     * a site of 100,000 papers would otherwise keep every paper's notes twice, as Markdown and as HTML, for the
     * whole build, though each is shown on one page.
     */
    public static Html remade(Supplier<String> html, String text) {
        return new Html(null, Objects.requireNonNull(html, "html"), text);
    }

    public String html() {
        return html != null ? html : remake.get();
    }

    public String text() {
        return text;
    }

    /** Whether the HTML is held, not made again on each read: only then is it worth keeping in a cache. */
    public boolean isHeld() {
        return html != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Html that && html().equals(that.html()) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return 31 * html().hashCode() + text.hashCode();
    }

    @Override
    public String toString() {
        return "Html[html=" + html() + ", text=" + text + "]";
    }
}
