package dev.paperboy.site;

/** Turns curator Markdown into sanitized HTML; implemented by the render stage, shared by all threads. */
@FunctionalInterface
public interface MarkdownRenderer {
    /**
     * @param topLevel the level of the fragment's highest headings, one below the page heading it sits under;
     *                 lower headings follow without skipping a level, so the page outline stays in order
     */
    Html render(String markdown, int topLevel);
}
