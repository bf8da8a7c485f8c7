package dev.paperboy.render;

import dev.paperboy.site.DigestLink;
import dev.paperboy.site.Html;
import dev.paperboy.site.PageView;
import dev.paperboy.site.PaperCard;
import dev.paperboy.site.ThemeLink;
import java.util.List;
import java.util.Objects;

/**
 * View of email.ftlh, the HTML email edition of a digest: its papers grouped as on the digest page, each with a
 * short abstract, and the intro with every link absolute.
 */
public record EmailPage(DigestLink digest, Html intro, List<Group> groups) implements PageView {
    public EmailPage {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(intro, "intro");
        groups = List.copyOf(groups);
    }

    /** Papers under one theme heading; {@code theme} is null for the final no-theme group. */
    public record Group(ThemeLink theme, List<Paper> papers) {
        public Group {
            papers = List.copyOf(papers);
        }
    }

    /** A paper and the start of its abstract, cut shorter than on pages so that a large digest stays small. */
    public record Paper(PaperCard card, String excerpt) {
        public Paper {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(excerpt, "excerpt");
        }
    }
}
