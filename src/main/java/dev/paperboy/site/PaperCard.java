package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * What listings show of a paper (digest, theme and home pages); all text is plain and escaped by templates.
 *
 * @param abstractExcerpt the abstract cut at a word boundary; equal to it when short ({@code longAbstract} false)
 * @param noteExcerpt     the start of the curator's note as plain text, or empty
 * @param published       null when unknown
 * @param codeUrl         null when none
 * @param upvotes         null when unknown
 * @param authorsCount    null when unknown
 * @param organization    the organisation's display name, null unless posted by one
 */
public record PaperCard(String slug, String path, String title, String abstractText, String abstractExcerpt,
        boolean longAbstract, String noteExcerpt, DateView published, List<String> links, String codeUrl,
        Integer upvotes, Integer authorsCount, String organization, List<ThemeLink> themes) {
    public PaperCard {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(abstractExcerpt, "abstractExcerpt");
        Objects.requireNonNull(noteExcerpt, "noteExcerpt");
        links = List.copyOf(links);
        themes = List.copyOf(themes);
    }

    public PaperLink link() {
        return new PaperLink(title, path);
    }
}
