package dev.paperboy.site;

/** Turns curator Markdown into sanitized HTML; implemented by the render stage, shared by all threads. */
@FunctionalInterface
public interface MarkdownRenderer {
    Html render(String markdown);
}
