package dev.paperboy.publish;

import dev.paperboy.content.Content;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import dev.paperboy.content.Slugs;
import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Content that builds but is probably a mistake: two papers with the same title, papers no digest lists (so they
 * are never published), digests listing no papers, digests dated after today (not published yet).
 */
final class ContentWarnings {
    private ContentWarnings() {
    }

    /** @param today the day that decides which digests are published, when the site's configuration is known */
    static void report(Content content, Optional<LocalDate> today, Diagnostics diagnostics) {
        Map<String, Paper> byTitle = new HashMap<>();
        Set<String> listed = new HashSet<>();
        content.digests().forEach(digest -> listed.addAll(digest.papers()));
        for (Paper paper : content.papers()) {
            Paper earlier = byTitle.putIfAbsent(Slugs.identity(paper.title()), paper);
            if (earlier != null) {
                diagnostics.warning(paper.source().pos("/title"), "duplicate title \"" + paper.title()
                        + "\" (also " + earlier.source().file() + ")");
            }
            if (!listed.contains(paper.slug())) {
                diagnostics.warning(paper.source().pos(""), "paper \"" + paper.slug()
                        + "\" is in no digest, so it is not published");
            }
        }
        for (Digest digest : content.digests()) {
            if (digest.papers().isEmpty()) {
                diagnostics.warning(digest.source().pos("/papers"), "digest lists no papers");
            }
            if (today.isPresent() && digest.date().isAfter(today.get())) {
                diagnostics.report(Diagnostic.warning(SourcePos.of(digest.source().file()), "digest is dated after today ("
                        + today.get() + "), so it is not published until then")
                        .withHint("`build --drafts` or `serve --drafts` shows it now"));
            }
        }
    }
}
