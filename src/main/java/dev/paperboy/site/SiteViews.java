package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.ThemeDef;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Makes the view records templates receive from a {@link SiteModel}. Curator Markdown is rendered once per paper
 * and digest, in parallel, when this is created; paper cards are made once and shared by every page showing them.
 */
public final class SiteViews {
    static final int LONG_ABSTRACT = 600;
    static final int ABSTRACT_EXCERPT = 280;
    static final int NOTE_EXCERPT = 240;
    /** Notes sit under the paper page's "Curator's notes" h2; intros under the digest's h1, or on the home page
     * under the digest's h2. */
    static final int NOTES_TOP_LEVEL = 3;
    static final int INTRO_TOP_LEVEL = 2;
    static final int HOME_INTRO_TOP_LEVEL = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final SiteModel model;
    private final MarkdownRenderer markdown;
    private final SiteConfig config;
    private final Map<String, PaperEntry> papers;
    private final Map<LocalDate, Digest> digests;
    private final Map<String, Html> notes;
    private final Map<String, PaperCard> cards;
    private final Map<LocalDate, Html> intros;
    private final Map<LocalDate, DigestLink> digestLinks;
    private final Map<String, List<String>> related;
    private final Map<String, ThemeLink> themeLinks;
    private final Map<LocalDate, DateView> dateViews = new ConcurrentHashMap<>();
    /** Whether {@link #changedPaperPages} is known: these views reused earlier ones made with the same config. */
    private final boolean comparable;
    private final Set<String> changedPaperPages;

    public SiteViews(SiteModel model, MarkdownRenderer markdown, RelatedPapersFinder relatedFinder) {
        this(model, markdown, relatedFinder.find(model.papers().stream().map(PaperEntry::paper).toList(),
                model.config()), null);
    }

    private SiteViews(SiteModel model, MarkdownRenderer markdown, Map<String, List<String>> related,
            SiteViews previous) {
        this.model = model;
        this.markdown = markdown;
        this.config = model.config();
        this.papers = model.papersBySlug();
        this.digests = model.digests().stream().map(DigestEntry::digest)
                .collect(Collectors.toUnmodifiableMap(Digest::date, digest -> digest));
        this.themeLinks = config.themes().stream()
                .collect(Collectors.toUnmodifiableMap(ThemeDef::slug, SiteViews::themeLink));
        this.notes = model.papers().parallelStream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.paper().slug(), entry -> previous != null && previous.has(entry.paper())
                        ? previous.notes.get(entry.paper().slug())
                        : markdown.render(entry.paper().notes(), NOTES_TOP_LEVEL)));
        this.intros = model.digests().parallelStream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.digest().date(), entry -> previous != null && previous.has(entry.digest())
                        ? previous.intros.get(entry.digest().date())
                        : markdown.render(entry.digest().intro(), INTRO_TOP_LEVEL)));
        this.digestLinks = model.digests().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.digest().date(), entry -> {
                    DigestLink link = makeDigestLink(entry);
                    DigestLink known = previous == null ? null : previous.digestLinks.get(entry.digest().date());
                    return link.equals(known) ? known : link;
                }));
        boolean sameConfig = previous != null && previous.config.equals(config);
        this.cards = model.papers().parallelStream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.paper().slug(), entry -> sameConfig && previous.has(entry.paper())
                        ? previous.cards.get(entry.paper().slug()) : makeCard(entry.paper())));
        this.related = related;
        this.comparable = sameConfig;
        this.changedPaperPages = !sameConfig ? Set.of() : model.papers().parallelStream()
                .filter(entry -> !samePaperPageAs(previous, entry))
                .map(entry -> entry.paper().slug())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @param related for each paper slug, related slugs as a {@link RelatedPapersFinder} gives them */
    public static SiteViews of(SiteModel model, MarkdownRenderer markdown, Map<String, List<String>> related) {
        return new SiteViews(model, markdown, related, null);
    }

    /**
     * Views of a changed site for an incremental rebuild ({@code serve}): the rendered notes, intros, paper cards and
     * digest links of papers and digests equal to those of {@code previous} are taken from it. Unchanged pages are
     * then made of the very same objects, so making them and comparing them with the previous pages is cheap.
     *
     * @param related as for {@link #of}
     */
    public static SiteViews reusing(SiteViews previous, SiteModel model, MarkdownRenderer markdown,
            Map<String, List<String>> related) {
        return new SiteViews(model, markdown, related, previous);
    }

    public SiteModel model() {
        return model;
    }

    public HomePage home() {
        List<DigestPage> latest = new ArrayList<>();
        for (int i = model.digests().size() - 1; i >= 0 && latest.size() < config.homeDigests(); i--) {
            latest.add(digestPage(i).withIntro(markdown.render(model.digests().get(i).digest().intro(),
                    HOME_INTRO_TOP_LEVEL)));
        }
        return new HomePage(latest, model.digests().size(), model.papers().size());
    }

    /** The page of the {@code index}th digest of {@link SiteModel#digests()}. */
    public DigestPage digestPage(int index) {
        List<DigestEntry> digests = model.digests();
        DigestEntry entry = digests.get(index);
        List<PaperGroup> groups = entry.groups().stream()
                .map(group -> new PaperGroup(group.theme() == null ? null : themeLinks.get(group.theme().slug()),
                        cards(group.papers())))
                .toList();
        return new DigestPage(digestLinks.get(entry.digest().date()), intros.get(entry.digest().date()), groups,
                index > 0 ? digestLink(digests.get(index - 1).digest()) : null,
                index + 1 < digests.size() ? digestLink(digests.get(index + 1).digest()) : null);
    }

    public PaperPage paperPage(PaperEntry entry) {
        Paper paper = entry.paper();
        List<DigestLink> appearances = new ArrayList<>(entry.digests().stream().map(this::digestLink).toList());
        Collections.reverse(appearances);
        List<PaperLink> relatedLinks = related.getOrDefault(paper.slug(), List.of()).stream()
                .filter(slug -> papers.containsKey(slug) && !slug.equals(paper.slug()))
                .limit(config.relatedPapers())
                .map(slug -> cards.get(slug).link())
                .toList();
        return new PaperPage(cards.get(paper.slug()), notes.get(paper.slug()), appearances, relatedLinks,
                digestLink(entry.firstDigest()),
                entry.previous() == null ? null : cards.get(entry.previous().slug()).link(),
                entry.next() == null ? null : cards.get(entry.next().slug()).link());
    }

    /**
     * Whether {@link #paperPage} gives a page equal to that of the views these reused (see {@link #reusing}); false
     * when unknown. Lets {@code serve} keep the render jobs of the other 9,999 papers after an edit of one.
     */
    public boolean samePaperPage(PaperEntry entry) {
        return comparable && !changedPaperPages.contains(entry.paper().slug());
    }

    /**
     * Checks, by identity where views are reused, everything {@link #paperPage} reads: the entry (neighbours,
     * digests), the paper's card and notes, its digests' links, its related list and the cards it links to.
     */
    private boolean samePaperPageAs(SiteViews previous, PaperEntry entry) {
        String slug = entry.paper().slug();
        if (!entry.equals(previous.papers.get(slug)) || cards.get(slug) != previous.cards.get(slug)
                || notes.get(slug) != previous.notes.get(slug)) {
            return false;
        }
        for (Digest digest : entry.digests()) {
            if (digestLinks.get(digest.date()) != previous.digestLinks.get(digest.date())) {
                return false;
            }
        }
        List<String> relatedSlugs = related.getOrDefault(slug, List.of());
        if (related != previous.related && !relatedSlugs.equals(previous.related.getOrDefault(slug, List.of()))) {
            return false;
        }
        for (String other : relatedSlugs) {
            if (cards.get(other) != previous.cards.get(other)) {
                return false;
            }
        }
        return sameCard(previous, entry.previous()) && sameCard(previous, entry.next());
    }

    private boolean sameCard(SiteViews previous, Paper paper) {
        return paper == null || cards.get(paper.slug()) == previous.cards.get(paper.slug());
    }

    /** The pages of one theme, {@code theme_page_size} papers each; a theme without papers has one empty page. */
    public List<ThemePage> themePages(ThemeEntry entry) {
        ThemeSummary summary = themeSummary(entry);
        List<MonthCount> months = monthCounts(entry.papers());
        int size = config.themePageSize();
        int pageCount = Math.max(1, (entry.papers().size() + size - 1) / size);
        String slug = entry.theme().slug();
        List<ThemePage> pages = new ArrayList<>(pageCount);
        for (int page = 1; page <= pageCount; page++) {
            List<PaperEntry> slice = entry.papers().subList(Math.min((page - 1) * size, entry.papers().size()),
                    Math.min(page * size, entry.papers().size()));
            pages.add(new ThemePage(summary, months, byDigest(slice),
                    Pagination.of(page, pageCount, number -> SitePaths.theme(slug, number))));
        }
        return pages;
    }

    public ArchivePage archive() {
        Map<Integer, Map<Integer, List<DigestEntry>>> byYearMonth = new TreeMap<>(Collections.reverseOrder());
        for (int i = model.digests().size() - 1; i >= 0; i--) {
            DigestEntry entry = model.digests().get(i);
            LocalDate date = entry.digest().date();
            byYearMonth.computeIfAbsent(date.getYear(), year -> new TreeMap<>(Collections.reverseOrder()))
                    .computeIfAbsent(date.getMonthValue(), month -> new ArrayList<>()).add(entry);
        }
        List<ArchiveYear> years = new ArrayList<>();
        byYearMonth.forEach((year, months) -> {
            List<ArchiveMonth> monthViews = new ArrayList<>();
            months.forEach((month, entries) -> {
                LocalDate first = entries.get(0).digest().date();
                monthViews.add(new ArchiveMonth(MONTH.format(first), first.toString().substring(0, 7),
                        entries.stream().mapToInt(DigestEntry::paperCount).sum(),
                        entries.stream().map(entry -> digestLink(entry.digest())).toList()));
            });
            years.add(new ArchiveYear(year, months.values().stream().mapToInt(List::size).sum(),
                    monthViews.stream().mapToInt(ArchiveMonth::paperCount).sum(), monthViews));
        });
        int paperCount = model.digests().stream().mapToInt(DigestEntry::paperCount).sum();
        return new ArchivePage(years, model.digests().size(), paperCount);
    }

    public ThemesPage themesIndex() {
        int unthemed = (int) model.papers().stream().filter(entry -> entry.paper().themes().isEmpty()).count();
        return new ThemesPage(model.themes().stream().map(this::themeSummary).toList(), unthemed);
    }

    /** The papers of the main feed: each at its first digest, newest digests first, at most {@code feed_items}. */
    public List<PaperEntry> newestPapers() {
        List<PaperEntry> newest = new ArrayList<>();
        for (int d = model.digests().size() - 1; d >= 0 && newest.size() < config.feedItems(); d--) {
            Digest digest = model.digests().get(d).digest();
            for (Paper paper : model.digests().get(d).papers()) {
                PaperEntry entry = papers.get(paper.slug());
                if (entry.firstDigest() == digest && newest.size() < config.feedItems()) {
                    newest.add(entry);
                }
            }
        }
        return newest;
    }

    /** The newest papers of a theme, at most {@code theme_feed_items}. */
    public List<PaperEntry> newestPapers(ThemeEntry entry) {
        return entry.papers().subList(0, Math.min(config.themeFeedItems(), entry.papers().size()));
    }

    /** A feed of one item per paper (given newest first), dated by each paper's first digest. */
    public FeedView paperFeed(String title, String description, String pagePath, List<PaperEntry> entries) {
        List<FeedItem> items = entries.stream()
                .map(entry -> {
                    PaperCard card = cards.get(entry.paper().slug());
                    return new FeedItem(card.title(), card.path(), digestLink(entry.firstDigest()).date(),
                            card.abstractText(), notes.get(card.slug()), List.of());
                })
                .toList();
        return feed(title, description, pagePath, items);
    }

    /** One item per digest, newest first, at most {@code digest_feed_items}. */
    public FeedView digestsFeed() {
        List<FeedItem> items = new ArrayList<>();
        for (DigestEntry entry : newestDigests()) {
            DigestLink link = digestLink(entry.digest());
            items.add(new FeedItem(link.title(), link.path(), link.date(), "", intros.get(entry.digest().date()),
                    entry.papers().stream().map(paper -> cards.get(paper.slug()).link()).toList()));
        }
        return feed(config.title() + ": digests", config.description(), SitePaths.ARCHIVE, items);
    }

    /** The digests of the digests feed, newest first. */
    public List<DigestEntry> newestDigests() {
        List<DigestEntry> newest = new ArrayList<>(model.digests().subList(
                Math.max(0, model.digests().size() - config.digestFeedItems()), model.digests().size()));
        Collections.reverse(newest);
        return newest;
    }

    public ThemeSummary themeSummary(ThemeEntry entry) {
        ThemeDef theme = entry.theme();
        return new ThemeSummary(themeLinks.get(theme.slug()), theme.description(), entry.papers().size(),
                SitePaths.themeFeed(theme.slug()));
    }

    public DigestLink digestLink(Digest digest) {
        return digestLinks.get(digest.date());
    }

    private boolean has(Paper paper) {
        PaperEntry known = papers.get(paper.slug());
        return known != null && known.paper().equals(paper);
    }

    private boolean has(Digest digest) {
        return digest.equals(digests.get(digest.date()));
    }

    /** Items come newest first, so the first one dates the feed. */
    private static FeedView feed(String title, String description, String pagePath, List<FeedItem> items) {
        return new FeedView(title, description, pagePath, items.isEmpty() ? null : items.get(0).date(), items);
    }

    /** Grouped by date, not by {@link Digest}: hashing a digest record hashes its paper list and source map. */
    private List<DigestPapers> byDigest(List<PaperEntry> slice) {
        Map<LocalDate, List<PaperCard>> groups = new LinkedHashMap<>();
        for (PaperEntry entry : slice) {
            groups.computeIfAbsent(entry.firstDigest().date(), date -> new ArrayList<>())
                    .add(cards.get(entry.paper().slug()));
        }
        return groups.entrySet().stream()
                .map(group -> new DigestPapers(digestLinks.get(group.getKey()), group.getValue()))
                .toList();
    }

    private static List<MonthCount> monthCounts(List<PaperEntry> entries) {
        Map<String, Integer> counts = new TreeMap<>(Collections.reverseOrder());
        Map<String, LocalDate> firstOfMonth = new HashMap<>();
        for (PaperEntry entry : entries) {
            LocalDate date = entry.firstDigest().date();
            String month = date.toString().substring(0, 7);
            counts.merge(month, 1, Integer::sum);
            firstOfMonth.putIfAbsent(month, date.withDayOfMonth(1));
        }
        return counts.entrySet().stream()
                .map(count -> new MonthCount(MONTH_YEAR.format(firstOfMonth.get(count.getKey())), count.getKey(),
                        count.getValue()))
                .toList();
    }


    private List<PaperCard> cards(List<Paper> list) {
        return list.stream().map(paper -> cards.get(paper.slug())).toList();
    }

    private DigestLink makeDigestLink(DigestEntry entry) {
        Digest digest = entry.digest();
        DateView date = dateView(digest.date());
        return new DigestLink(digest.title().isBlank() ? date.text() : digest.title(), date,
                SitePaths.digest(digest.date()), entry.paperCount());
    }

    /** One view per date: papers share a few hundred publication dates, and each view is four strings. */
    private DateView dateView(LocalDate date) {
        return dateViews.computeIfAbsent(date, day -> DateView.of(day, config.timeZone()));
    }

    private PaperCard makeCard(Paper paper) {
        String abstractText = paper.abstractText().strip();
        boolean longAbstract = abstractText.length() > LONG_ABSTRACT;
        List<ThemeLink> themes = new LinkedHashSet<>(paper.themes()).stream().map(themeLinks::get).toList();
        return new PaperCard(paper.slug(), SitePaths.paper(paper.slug()), paper.title(), abstractText,
                longAbstract ? Excerpts.cut(abstractText, ABSTRACT_EXCERPT) : abstractText, longAbstract,
                Excerpts.cut(notes.get(paper.slug()).text(), NOTE_EXCERPT),
                paper.published() == null ? null : dateView(paper.published()),
                paper.links(), paper.codeUrl(), paper.upvotes(), paper.authorsCount(),
                paper.organization() == null ? null : paper.organization().name(), themes);
    }

    private static ThemeLink themeLink(ThemeDef theme) {
        return new ThemeLink(theme.slug(), theme.name(), SitePaths.theme(theme.slug(), 1));
    }
}
