package dev.paperboy.site;

/** Turns curator Markdown into sanitized HTML; implemented by the render stage, shared by all threads. */
@FunctionalInterface
public interface MarkdownRenderer {
    /**
     * @param topLevel the level of the fragment's highest headings, one below the page heading it sits under;
     *                 lower headings follow without skipping a level, so the page outline stays in order
     * @param source   whose notes or intro it is: where its site links resolve from, and its ids' prefix
     */
    Html render(String markdown, int topLevel, NoteSource source);
}
