package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * View of digest.ftlh, also one entry of the home page; {@code previous}/{@code next} are null at the ends.
 *
 * @param bibPath       the .bib file of all its papers
 * @param emailPath     the output path of its HTML email edition
 * @param emailTextPath the output path of its plain-text email edition
 */
public record DigestPage(DigestLink digest, Html intro, List<PaperGroup> groups, DigestLink previous,
        DigestLink next, String bibPath, String emailPath, String emailTextPath) implements PageView {
    public DigestPage {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(intro, "intro");
        groups = List.copyOf(groups);
        Objects.requireNonNull(bibPath, "bibPath");
        Objects.requireNonNull(emailPath, "emailPath");
        Objects.requireNonNull(emailTextPath, "emailTextPath");
    }

    public DigestPage withIntro(Html newIntro) {
        return new DigestPage(digest, newIntro, groups, previous, next, bibPath, emailPath, emailTextPath);
    }
}
