package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.ThemeDef;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What many pages show of each published paper and digest, made once and shared by them: notes rendered to HTML,
 * paper cards, digest intros and links. Curator Markdown is rendered in parallel when these are made.
 */
final class ViewParts {
    static final int LONG_ABSTRACT = 600;
    static final int ABSTRACT_EXCERPT = 280;
    static final int NOTE_EXCERPT = 240;
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
    }

    /** Parts made with the config of {@code maker}. */
    private ViewParts(ViewParts maker, OverlayMap<String, Html> notes, OverlayMap<String, PaperCard> cards,
            OverlayMap<LocalDate, Html> intros, OverlayMap<LocalDate, DigestLink> digestLinks) {
        this.config = maker.config;
        this.themeLinks = maker.themeLinks;
        this.dateViews = maker.dateViews;
        this.notes = notes;
        this.cards = cards;
        this.intros = intros;
        this.digestLinks = digestLinks;
    }

    /** The parts of a patch, and the keys of those that differ from the parts patched. */
    record Patched(ViewParts parts, Set<String> cards, Set<LocalDate> digestLinks) {
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
        return new ViewParts(maker, OverlayMap.of(notes), OverlayMap.of(cards), OverlayMap.of(intros),
                OverlayMap.of(links));
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
        return new Patched(new ViewParts(this, notes.with(newNotes), cards.with(newCards), intros.with(newIntros),
                digestLinks.with(newLinks)), new TreeSet<>(newCards.keySet()), new TreeSet<>(newLinks.keySet()));
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

    private DateView dateView(LocalDate date) {
        return dateViews.computeIfAbsent(date, day -> DateView.of(day, config.timeZone()));
    }

    private PaperCard makeCard(Paper paper, Html notes) {
        String abstractText = paper.abstractText().strip();
        boolean longAbstract = abstractText.length() > LONG_ABSTRACT;
        List<ThemeLink> themes = new LinkedHashSet<>(paper.themes()).stream().map(themeLinks::get).toList();
        return new PaperCard(paper.slug(), SitePaths.paper(paper.slug()), paper.title(), abstractText,
                longAbstract ? Excerpts.cut(abstractText, ABSTRACT_EXCERPT) : abstractText, longAbstract,
                Excerpts.cut(notes.text(), NOTE_EXCERPT),
                paper.published() == null ? null : dateView(paper.published()),
                paper.links(), paper.codeUrl(), paper.upvotes(), paper.authorsCount(),
                paper.organization() == null ? null : paper.organization().name(), themes);
    }

    private static ThemeLink themeLink(ThemeDef theme) {
        return new ThemeLink(theme.slug(), theme.name(), SitePaths.theme(theme.slug(), 1));
    }
}
