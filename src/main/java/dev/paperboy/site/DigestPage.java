package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * View of digest.ftlh, also one entry of the home page; {@code previous}/{@code next} are null at the ends.
 *
 * @param bibPath the .bib file of all its papers
 */
public record DigestPage(DigestLink digest, Html intro, List<PaperGroup> groups, DigestLink previous,
        DigestLink next, String bibPath) {
    public DigestPage {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(intro, "intro");
        groups = List.copyOf(groups);
        Objects.requireNonNull(bibPath, "bibPath");
    }

    public DigestPage withIntro(Html newIntro) {
        return new DigestPage(digest, newIntro, groups, previous, next, bibPath);
    }
}
