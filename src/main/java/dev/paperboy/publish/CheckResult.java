package dev.paperboy.publish;

/**
 * What {@code paperboy check} looked at.
 *
 * @param built whether the site built (when not, only content was checked, and the output checks did not run)
 * @param pages HTML files checked, 404.html included
 * @param withoutArxivId papers read without an arXiv identifier ({@code paperboy resolve} looks them up)
 * @param feeds RSS and Atom files parsed
 * @param bibFiles .bib files parsed
 */
public record CheckResult(boolean built, int papers, int withoutArxivId, int digests, int pages, int feeds,
        int bibFiles) {
}
