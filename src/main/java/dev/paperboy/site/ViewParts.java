package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.ThemeDef;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import dev.paperboy.listing.ArxivId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What many pages show of each published paper and digest, made once and shared by them: notes rendered to HTML,
 * paper cards, digest intros and links. Curator Markdown is rendered in parallel when these are made.
 */
final class ViewParts {
    static final int LONG_ABSTRACT = 600;
    static final int NOTE_EXCERPT = 240;
    /** Cards name this many authors before "et al.". */
    static final int FIRST_AUTHORS = 3;
    /** Notes sit under the paper page's "Curator's notes" h2; intros under the digest's h1. */
    static final int NOTES_TOP_LEVEL = 3;
    static final int INTRO_TOP_LEVEL = 2;

    final SiteConfig config;
    final Map<String, ThemeLink> themeLinks;
    /** One view per date: papers share a few hundred publication dates, and each view is four strings. */
    private final Map<LocalDate, DateView> dateViews;
    final OverlayMap<String, Html> notes;
    final OverlayMap<String, PaperCard> cards;
    final OverlayMap<LocalDate, Html> intros;
    final OverlayMap<LocalDate, DigestLink> digestLinks;
    final CitationKeys citationKeys;
    final OverlayMap<String, Citation> citations;
    /** Kept from patch to patch like cards, so the search index's page keys walk only the entries of changed papers. */
    final OverlayMap<String, SearchEntry> searchEntries;

    /** Parts to make others with: none yet. */
    private ViewParts(SiteConfig config, Map<LocalDate, DateView> dateViews) {
        this.config = config;
        this.themeLinks = config.themes().stream()
                .collect(Collectors.toUnmodifiableMap(ThemeDef::slug, ViewParts::themeLink));
        this.dateViews = dateViews;
        this.notes = OverlayMap.of(Map.of());
        this.cards = OverlayMap.of(Map.of());
        this.intros = OverlayMap.of(Map.of());
        this.digestLinks = OverlayMap.of(Map.of());
        this.citationKeys = CitationKeys.of(List.of());
        this.citations = OverlayMap.of(Map.of());
        this.searchEntries = OverlayMap.of(Map.of());
    }

    /** Parts made with the config of {@code maker}. */
    private ViewParts(ViewParts maker, OverlayMap<String, Html> notes, OverlayMap<String, PaperCard> cards,
            OverlayMap<LocalDate, Html> intros, OverlayMap<LocalDate, DigestLink> digestLinks,
            CitationKeys citationKeys, OverlayMap<String, Citation> citations,
            OverlayMap<String, SearchEntry> searchEntries) {
        this.config = maker.config;
        this.themeLinks = maker.themeLinks;
        this.dateViews = maker.dateViews;
        this.notes = notes;
        this.cards = cards;
        this.intros = intros;
        this.digestLinks = digestLinks;
        this.citationKeys = citationKeys;
        this.citations = citations;
        this.searchEntries = searchEntries;
    }

    /**
     * The parts of a patch, and the keys of those that differ from the parts patched.
     *
     * @param citations published papers whose citation changed: replaced ones, and others whose key changed since a
     *                  replaced one now shares or no longer shares it
     */
    record Patched(ViewParts parts, Set<String> cards, Set<LocalDate> digestLinks, Set<String> citations) {
    }

    static ViewParts of(SiteModel model, MarkdownRenderer markdown) {
        return reusing(null, null, model, markdown);
    }

    /**
     * Parts of a changed site for {@code serve}: rendered notes and intros whose Markdown is unchanged, and (with the
     * same config) the cards of unchanged papers and the digest links equal to the new ones are taken from
     * {@code previous}, made from {@code previousModel}. Unchanged pages are then made of the very same objects.
     */
    static ViewParts reusing(ViewParts previous, SiteModel previousModel, SiteModel model,
            MarkdownRenderer markdown) {
        boolean sameConfig = previous != null && previous.config.equals(model.config());
        ViewParts maker = new ViewParts(model.config(), sameConfig ? previous.dateViews : new ConcurrentHashMap<>());
        Function<String, Optional<Paper>> known = slug -> previous == null ? Optional.empty()
                : previousModel.paper(slug).map(PaperEntry::paper);
        Function<LocalDate, Optional<Digest>> knownDigest = date -> previous == null ? Optional.empty()
                : previousModel.digest(date).map(DigestEntry::digest);
        Map<String, Html> notes = model.papers().parallelStream().map(PaperEntry::paper).collect(Collectors.toMap(
                Paper::slug, paper -> notesOf(paper, known.apply(paper.slug()), slug -> previous.notes.get(slug),
                        markdown)));
        Map<LocalDate, Html> intros = model.digests().parallelStream().map(DigestEntry::digest).collect(
                Collectors.toMap(Digest::date, digest -> introOf(digest, knownDigest.apply(digest.date()),
                        date -> previous.intros.get(date), markdown)));
        Map<String, PaperCard> cards = model.papers().parallelStream().map(PaperEntry::paper).collect(
                Collectors.toMap(Paper::slug, paper -> sameConfig && known.apply(paper.slug()).equals(
                        Optional.of(paper)) ? previous.cards.get(paper.slug())
                        : maker.makeCard(paper, notes.get(paper.slug()))));
        Map<LocalDate, DigestLink> links = new HashMap<>();
        for (DigestEntry entry : model.digests()) {
            DigestLink link = maker.makeDigestLink(entry);
            DigestLink old = sameConfig ? previous.digestLinks.get(entry.digest().date()) : null;
            links.put(entry.digest().date(), link.equals(old) ? old : link);
        }
        CitationKeys keys = CitationKeys.of(model.papers());
        Map<String, Citation> citations = model.papers().parallelStream().collect(Collectors.toMap(
                entry -> entry.paper().slug(), entry -> maker.makeCitation(entry, keys)));
        Map<String, SearchEntry> entries = model.papers().parallelStream().collect(Collectors.toMap(
                entry -> entry.paper().slug(), entry -> {
                    SearchEntry made = maker.makeSearchEntry(entry, cards.get(entry.paper().slug()));
                    SearchEntry old = sameConfig ? previous.searchEntries.get(entry.paper().slug()) : null;
                    return made.equals(old) ? old : made;
                }));
        return new ViewParts(maker, OverlayMap.of(notes), OverlayMap.of(cards), OverlayMap.of(intros),
                OverlayMap.of(links), keys, OverlayMap.of(citations), OverlayMap.of(entries));
    }

    /**
     * These parts after an edit ({@link SiteModelPatch}): parts of the papers and digests it replaced are made
     * again, from Markdown only where that changed; all others are shared.
     */
    Patched patched(ModelChange change, MarkdownRenderer markdown) {
        Map<String, Html> newNotes = new HashMap<>();
        Map<String, PaperCard> newCards = new HashMap<>();
        for (String slug : change.papers()) {
            Optional<Paper> before = change.before().paper(slug).map(PaperEntry::paper);
            Optional<Paper> after = change.after().paper(slug).map(PaperEntry::paper);
            if (after.isEmpty()) {
                newNotes.put(slug, null);
                newCards.put(slug, null);
            } else if (!after.equals(before)) {
                Html note = notesOf(after.get(), before, notes::get, markdown);
                newNotes.put(slug, note);
                PaperCard card = makeCard(after.get(), note);
                if (!card.equals(cards.get(slug))) {
                    newCards.put(slug, card);
                }
            }
        }
        CitationKeys keys = citationKeys.patched(change.after().papers(), change.after()::paper, change.papers());
        // With the same keys only the changed papers' citations may differ: no need to look at every paper.
        List<PaperEntry> mayCite = keys == citationKeys ? change.papers().stream()
                .flatMap(slug -> change.after().paper(slug).stream()).toList() : change.after().papers();
        Map<String, Citation> newCitations = new HashMap<>();
        for (PaperEntry entry : mayCite) {
            String slug = entry.paper().slug();
            if (change.papers().contains(slug) || !keys.key(slug).equals(citationKeys.key(slug))) {
                Citation citation = makeCitation(entry, keys);
                if (!citation.equals(citations.get(slug))) {
                    newCitations.put(slug, citation);
                }
            }
        }
        Set<String> recited = new TreeSet<>(newCitations.keySet());
        change.papers().stream().filter(slug -> change.after().paper(slug).isEmpty())
                .forEach(slug -> newCitations.put(slug, null));
        Map<LocalDate, Html> newIntros = new HashMap<>();
        Map<LocalDate, DigestLink> newLinks = new HashMap<>();
        for (LocalDate date : change.digests()) {
            DigestEntry entry = change.after().digest(date).orElseThrow();
            newIntros.put(date, introOf(entry.digest(), change.before().digest(date).map(DigestEntry::digest),
                    intros::get, markdown));
            DigestLink link = makeDigestLink(entry);
            if (!link.equals(digestLinks.get(date))) {
                newLinks.put(date, link);
            }
        }
        OverlayMap<String, PaperCard> patchedCards = cards.with(newCards);
        Map<String, SearchEntry> newEntries = new HashMap<>();
        for (String slug : change.papers()) {
            newEntries.put(slug, change.after().paper(slug)
                    .map(entry -> makeSearchEntry(entry, patchedCards.get(slug))).orElse(null));
        }
        return new Patched(new ViewParts(this, notes.with(newNotes), patchedCards, intros.with(newIntros),
                digestLinks.with(newLinks), keys, citations.with(newCitations), searchEntries.with(newEntries)),
                new TreeSet<>(newCards.keySet()),
                new TreeSet<>(newLinks.keySet()), recited);
    }

    /** The notes rendered before, when the paper had them before with the same Markdown; else rendered now. */
    private static Html notesOf(Paper paper, Optional<Paper> before, Function<String, Html> renderedBefore,
            MarkdownRenderer markdown) {
        return before.filter(old -> old.notes().equals(paper.notes()))
                .map(old -> renderedBefore.apply(paper.slug()))
                .orElseGet(() -> markdown.render(paper.notes(), NOTES_TOP_LEVEL, NoteSource.paper(paper.slug())));
    }

    /** The intro rendered before, when the digest had it before with the same Markdown; else rendered now. */
    private static Html introOf(Digest digest, Optional<Digest> before, Function<LocalDate, Html> renderedBefore,
            MarkdownRenderer markdown) {
        return before.filter(old -> old.intro().equals(digest.intro()))
                .map(old -> renderedBefore.apply(digest.date()))
                .orElseGet(() -> markdown.render(digest.intro(), INTRO_TOP_LEVEL, NoteSource.digest(digest.date())));
    }

    DigestLink digestLink(Digest digest) {
        return digestLinks.get(digest.date());
    }

    private DigestLink makeDigestLink(DigestEntry entry) {
        Digest digest = entry.digest();
        DateView date = dateView(digest.date());
        return new DigestLink(digest.title().isBlank() ? date.text() : digest.title(), date,
                SitePaths.digest(digest.date()), entry.paperCount());
    }

    private SearchEntry makeSearchEntry(PaperEntry entry, PaperCard card) {
        return new SearchEntry(card, entry.paper().notes(), dateView(entry.firstDigest().date()));
    }

    private DateView dateView(LocalDate date) {
        return dateViews.computeIfAbsent(date, day -> DateView.of(day, config.timeZone()));
    }

    private PaperCard makeCard(Paper paper, Html notes) {
        String abstractText = paper.abstractText().strip();
        boolean longAbstract = abstractText.length() > LONG_ABSTRACT;
        List<ThemeLink> themes = new LinkedHashSet<>(paper.themes()).stream().map(themeLinks::get).toList();
        ArxivLinks arxiv = ArxivLinks.of(paper.arxivId());
        return new PaperCard(paper.slug(), SitePaths.paper(paper.slug()), paper.title(), abstractText,
                longAbstract ? Excerpts.cut(abstractText, PaperCard.EXCERPT) : abstractText, longAbstract,
                Excerpts.cut(notes.text(), NOTE_EXCERPT),
                paper.published() == null ? null : dateView(paper.published()), paper.authors(),
                firstAuthors(paper.authors()), arxiv, otherLinks(paper, arxiv), paper.codeUrl(), paper.projectUrl(),
                paper.upvotes(), paper.authorsCount(),
                paper.organization() == null ? null : paper.organization().name(), themes);
    }

    /** "A, B, C et al.", or fewer names without "et al."; null without names. */
    private static String firstAuthors(List<String> authors) {
        if (authors.isEmpty()) {
            return null;
        }
        String first = String.join(", ", authors.subList(0, Math.min(FIRST_AUTHORS, authors.size())));
        return authors.size() > FIRST_AUTHORS ? first + " et al." : first;
    }

    /** The paper's links but those shown under their own label: code, project page, arXiv and Hugging Face. */
    private static List<String> otherLinks(Paper paper, ArxivLinks arxiv) {
        if (paper.links().isEmpty()) {
            return List.of();
        }
        Set<String> labelled = new HashSet<>();
        Stream.of(paper.codeUrl(), paper.projectUrl()).filter(Objects::nonNull).forEach(labelled::add);
        if (arxiv != null) {
            Stream.of(arxiv.abs(), arxiv.pdf(), arxiv.huggingFace()).filter(Objects::nonNull).forEach(labelled::add);
            ArxivLinks unversioned = ArxivLinks.of(ArxivId.withoutVersion(arxiv.id()));
            labelled.add(unversioned.abs());
            labelled.add(unversioned.pdf());
        }
        return paper.links().stream().filter(link -> !labelled.contains(link)).toList();
    }

    /**
     * The paper's BibTeX entry. It points at arXiv when the paper is there, else at its project page or code; its
     * year is the publication's, else that of the paper's first digest.
     */
    private Citation makeCitation(PaperEntry entry, CitationKeys keys) {
        Paper paper = entry.paper();
        String eprint = paper.arxivId() == null ? null : ArxivId.withoutVersion(paper.arxivId());
        String url = eprint != null ? "https://arxiv.org/abs/" + eprint
                : paper.projectUrl() != null ? paper.projectUrl() : paper.codeUrl();
        int year = (paper.published() != null ? paper.published() : entry.firstDigest().date()).getYear();
        return new Citation(keys.key(paper.slug()),
                BibTex.entry(keys.key(paper.slug()), paper.title(), paper.authors(), year, eprint, url),
                SitePaths.paperBib(paper.slug()));
    }

    private static ThemeLink themeLink(ThemeDef theme) {
        return new ThemeLink(theme.slug(), theme.name(), SitePaths.theme(theme.slug(), 1));
    }
}
