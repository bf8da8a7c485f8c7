package dev.paperboy.site;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whose notes or intro a piece of curator Markdown is: relative links in it resolve from its file and its page
 * ({@link SiteLink}), and every id in its HTML starts with {@code idPrefix}, so a page showing several (the home
 * page shows many intros) never holds one id twice.
 *
 * @param file     the content file, relative to the site folder ({@code content/papers/x.md})
 * @param page     the output path of the page that is its own ({@code papers/x/index.html})
 * @param idPrefix ends with {@code -}
 */
public record NoteSource(String file, String page, String idPrefix) {
    public static final String CONTENT = "content/";
    public static final String PAPERS = CONTENT + "papers/";
    public static final String DIGESTS = CONTENT + "digests/";

    public NoteSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(idPrefix, "idPrefix");
    }

    /** The notes of the paper {@code slug}. */
    public static NoteSource paper(String slug) {
        return new NoteSource(PAPERS + slug + ".md", SitePaths.paper(slug), "note-" + slug + "-");
    }

    /** The intro of the digest of {@code date}. */
    public static NoteSource digest(LocalDate date) {
        return new NoteSource(DIGESTS + date + ".md", SitePaths.digest(date), "intro-" + date + "-");
    }
}
