package dev.paperboy.arxiv;

import dev.paperboy.content.FileChange;
import dev.paperboy.content.IdentityEdits;
import dev.paperboy.content.IdentityEdits.PaperIdentity;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.listing.ArxivId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code paperboy resolve}: finds the arXiv id and authors of papers that have no id, by title, and writes them only
 * on a confident match (one paper whose title is the same once case, whitespace, punctuation and LaTeX residue are
 * ignored); or takes the id the curator confirms. Each paper's file is written as soon as it is resolved, so an
 * interrupted run keeps what it found; one paper's failure never stops the others.
 */
public final class Resolver {
    /** Candidates shown for a paper that is not resolved. */
    static final int CANDIDATES = 3;

    private final IdentityEdits edits;
    private final ArxivClient client;

    public Resolver(IdentityEdits edits, ArxivClient client) {
        this.edits = edits;
        this.client = client;
    }

    public enum Kind { RESOLVED, AMBIGUOUS, NOT_FOUND, FAILED }

    /** A paper arXiv answered with: its id (without version) and title. */
    public record Candidate(String id, String title) {
    }

    /**
     * What became of one paper.
     *
     * @param arxivId    the id set (RESOLVED), else null
     * @param authors    the authors set; empty when none were (the file had its own, or arXiv gave none)
     * @param candidates for AMBIGUOUS: the best of arXiv's answers, best first
     * @param change     what was, or in a dry run would be, done to the file; null when it was not touched
     */
    public record Outcome(String file, String slug, String title, Kind kind, String arxivId, List<String> authors,
            List<Candidate> candidates, FileChange change) {
        public Outcome {
            authors = List.copyOf(authors);
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * @param outcomes         the papers looked up, by file name
     * @param withId           papers that had an id already
     * @param clearedByCurator papers left without an id because the curator removed the one import gave
     * @param requests         requests that went to arXiv (the others were answered from the cache)
     */
    public record Report(List<Outcome> outcomes, int withId, int clearedByCurator, int requests) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        public long count(Kind kind) {
            return outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
        }
    }

    /** Looks up every paper that needs an id. */
    public Report resolveAll(SiteLayout layout, boolean dryRun, Diagnostics diagnostics) {
        List<Outcome> outcomes = new ArrayList<>();
        int withId = 0;
        int cleared = 0;
        for (PaperIdentity paper : edits.papers(layout, diagnostics)) {
            if (paper.arxivId() != null) {
                withId++;
            } else if (!paper.needsId()) {
                cleared++;
            } else {
                outcomes.add(resolve(layout, paper, dryRun, diagnostics));
            }
        }
        return new Report(outcomes, withId, cleared, client.requests());
    }

    /** Sets the ids the curator confirmed ({@code ids} by slug), with arXiv's authors for them. */
    public Report accept(SiteLayout layout, Map<String, String> ids, boolean dryRun, Diagnostics diagnostics) {
        List<Outcome> outcomes = new ArrayList<>();
        new LinkedHashMap<>(ids).forEach((slug, id) -> edits.paper(layout, slug, diagnostics)
                .ifPresent(paper -> outcomes.add(accept(layout, paper, id, dryRun, diagnostics))));
        return new Report(outcomes, 0, 0, client.requests());
    }

    private Outcome resolve(SiteLayout layout, PaperIdentity paper, boolean dryRun, Diagnostics diagnostics) {
        if (Titles.words(paper.title()).isEmpty()) {
            // nothing to search for (a title of symbols, or none): arXiv would refuse the empty phrase
            return outcome(paper, Kind.NOT_FOUND, List.of());
        }
        Optional<ArxivFeed> feed = client.searchTitle(paper.title(), SourcePos.of(paper.label()), diagnostics);
        if (feed.isEmpty()) {
            return outcome(paper, Kind.FAILED, List.of());
        }
        List<ArxivEntry> entries = feed.get().entries();
        if (entries.isEmpty()) {
            return outcome(paper, Kind.NOT_FOUND, List.of());
        }
        String key = Titles.key(paper.title());
        List<ArxivEntry> same = entries.stream().filter(entry -> Titles.key(entry.title()).equals(key)).toList();
        if (same.size() == 1) {
            return fill(layout, paper, same.get(0), same.get(0).id(), false, dryRun, diagnostics);
        }
        List<ArxivEntry> candidates = same.isEmpty() ? entries.stream()
                .sorted(Comparator.comparingDouble(entry -> -Titles.similarity(paper.title(), entry.title())))
                .toList() : same;
        return outcome(paper, Kind.AMBIGUOUS, candidates.stream().limit(CANDIDATES)
                .map(entry -> new Candidate(entry.id(), entry.title())).toList());
    }

    private Outcome accept(SiteLayout layout, PaperIdentity paper, String id, boolean dryRun, Diagnostics diagnostics) {
        SourcePos pos = SourcePos.of(paper.label());
        if (paper.arxivId() != null) {
            diagnostics.error(pos, "has arxiv_id \"" + paper.arxivId() + "\" already; not changed",
                    "edit the file to change it");
            return outcome(paper, Kind.FAILED, List.of());
        }
        Optional<ArxivFeed> feed = client.byId(id, pos, diagnostics);
        if (feed.isEmpty()) {
            return outcome(paper, Kind.FAILED, List.of());
        }
        String wanted = ArxivId.withoutVersion(id);
        Optional<ArxivEntry> entry = feed.get().entries().stream().filter(found -> found.id().equals(wanted))
                .findFirst();
        if (entry.isEmpty()) {
            diagnostics.error(pos, "arXiv has no paper " + id, "check the id");
            return outcome(paper, Kind.NOT_FOUND, List.of());
        }
        return fill(layout, paper, entry.get(), id, true, dryRun, diagnostics);
    }

    private Outcome fill(SiteLayout layout, PaperIdentity paper, ArxivEntry entry, String id, boolean confirmed,
            boolean dryRun, Diagnostics diagnostics) {
        List<String> authors = paper.needsAuthors() ? entry.authors() : List.of();
        FileChange change = edits.fill(layout, paper.slug(), id, authors, confirmed, dryRun, diagnostics);
        if (change.kind() == FileChange.Kind.SKIPPED) {
            return outcome(paper, Kind.FAILED, List.of());
        }
        return new Outcome(paper.label(), paper.slug(), paper.title(), Kind.RESOLVED, id, authors,
                List.of(new Candidate(entry.id(), entry.title())), change);
    }

    private static Outcome outcome(PaperIdentity paper, Kind kind, List<Candidate> candidates) {
        return new Outcome(paper.label(), paper.slug(), paper.title(), kind, null, List.of(), candidates, null);
    }
}
