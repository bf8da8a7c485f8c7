package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.ThemeDef;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the view records templates receive from a {@link SiteModel}. What many pages show of a paper or digest (its
 * rendered Markdown, card and link) is made once, when these views are, and shared by every page showing it.
 */
public final class SiteViews {
    /** Intros on the home page sit under the digest's h2. */
    static final int HOME_INTRO_TOP_LEVEL = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final SiteModel model;
    private final MarkdownRenderer markdown;
    private final SiteConfig config;
    private final ViewParts parts;
    private final RelatedPaperLists related;

    private SiteViews(SiteModel model, MarkdownRenderer markdown, ViewParts parts, RelatedPaperLists related) {
        this.model = model;
        this.markdown = markdown;
        this.config = model.config();
        this.parts = parts;
        this.related = related;
    }

    public static SiteViews of(SiteModel model, MarkdownRenderer markdown, RelatedPaperLists related) {
        return new SiteViews(model, markdown, ViewParts.of(model, markdown), related);
    }

    /**
     * Views of a changed site ({@code serve}): the rendered notes and intros, paper cards and digest links that are
     * unchanged are taken from {@code previous}, so unchanged pages are made of the very same objects.
     */
    public static SiteViews reusing(SiteViews previous, SiteModel model, MarkdownRenderer markdown,
            RelatedPaperLists related) {
        return new SiteViews(model, markdown, ViewParts.reusing(previous.parts, previous.model, model, markdown),
                related);
    }

    /** Views after an edit, and the pages it may have changed. */
    public record Patch(SiteViews views, StalePages stale) {
    }

    /**
     * These views after an edit ({@link SiteModelPatch}) or new related lists: only the parts of replaced papers and
     * digests are made again, and the pages that may show a changed part are named, by the rules of
     * {@link PageDependencies}.
     */
    public Patch patched(ModelChange change, RelatedPaperLists newRelated) {
        ViewParts.Patched patched = parts.patched(change, markdown);
        return new Patch(new SiteViews(change.after(), markdown, patched.parts(), newRelated),
                PageDependencies.stalePages(change, patched, related, newRelated));
    }

    public SiteModel model() {
        return model;
    }

    public HomePage home() {
        List<DigestPage> latest = new ArrayList<>();
        for (int i = model.digests().size() - 1; i >= 0 && latest.size() < config.homeDigests(); i--) {
            Digest digest = model.digests().get(i).digest();
            latest.add(digestPage(i).withIntro(markdown.render(digest.intro(), HOME_INTRO_TOP_LEVEL,
                    NoteSource.digest(digest.date()))));
        }
        return new HomePage(latest, model.digests().size(), model.papers().size());
    }

    /** The page of the {@code index}th digest of {@link SiteModel#digests()}. */
    public DigestPage digestPage(int index) {
        List<DigestEntry> digests = model.digests();
        DigestEntry entry = digests.get(index);
        List<PaperGroup> groups = entry.groups().stream()
                .map(group -> new PaperGroup(
                        group.theme() == null ? null : parts.themeLinks.get(group.theme().slug()),
                        cards(group.papers())))
                .toList();
        return new DigestPage(digestLink(entry.digest()), parts.intros.get(entry.digest().date()), groups,
                index > 0 ? digestLink(digests.get(index - 1).digest()) : null,
                index + 1 < digests.size() ? digestLink(digests.get(index + 1).digest()) : null,
                SitePaths.digestBib(entry.digest().date()), SitePaths.email(entry.digest().date()),
                SitePaths.emailText(entry.digest().date()));
    }

    public PaperPage paperPage(PaperEntry entry) {
        Paper paper = entry.paper();
        List<DigestLink> appearances = new ArrayList<>(entry.digests().stream().map(this::digestLink).toList());
        Collections.reverse(appearances);
        List<PaperLink> relatedLinks = related.of(paper.slug()).stream()
                .filter(slug -> parts.cards.containsKey(slug) && !slug.equals(paper.slug()))
                .limit(config.relatedPapers())
                .map(slug -> parts.cards.get(slug).link())
                .toList();
        PaperCard card = parts.cards.get(paper.slug());
        String url = config.baseUrl() + card.path().substring(0, card.path().length() - "index.html".length());
        return new PaperPage(card, url, parts.citations.get(paper.slug()),
                parts.notes.get(paper.slug()), appearances, relatedLinks, digestLink(entry.firstDigest()),
                entry.previous() == null ? null : parts.cards.get(entry.previous().slug()).link(),
                entry.next() == null ? null : parts.cards.get(entry.next().slug()).link());
    }

    /** The pages of one theme, {@code theme_page_size} papers each; a theme without papers has one empty page. */
    public List<ThemePage> themePages(ThemeEntry entry) {
        ThemeSummary summary = themeSummary(entry);
        List<MonthCount> months = monthCounts(entry.papers());
        List<ThemePage> pages = new ArrayList<>();
        for (int page = 1; page <= themePageCount(entry); page++) {
            pages.add(themePage(entry, summary, months, page));
        }
        return pages;
    }

    /** Page {@code page} of {@link #themePages}. */
    public ThemePage themePage(ThemeEntry entry, int page) {
        return themePage(entry, themeSummary(entry), monthCounts(entry.papers()), page);
    }

    private ThemePage themePage(ThemeEntry entry, ThemeSummary summary, List<MonthCount> months, int page) {
        int size = config.themePageSize();
        List<PaperEntry> slice = entry.papers().subList(Math.min((page - 1) * size, entry.papers().size()),
                Math.min(page * size, entry.papers().size()));
        String slug = entry.theme().slug();
        return new ThemePage(summary, months, byDigest(slice),
                Pagination.of(page, themePageCount(entry), number -> SitePaths.theme(slug, number)));
    }

    public int themePageCount(ThemeEntry entry) {
        return Math.max(1, (entry.papers().size() + config.themePageSize() - 1) / config.themePageSize());
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
        return newestPapers(config.feedItems());
    }

    /** Each paper at its first digest, newest digests first, in each digest's order; at most {@code limit}. */
    private List<PaperEntry> newestPapers(int limit) {
        // Every paper's entry at once when most are asked for (search): a lookup by slug per listing of a paper,
        // a binary search over every slug, was a tenth of planning.
        Map<String, PaperEntry> entries = limit < model.papers().size() ? null : new HashMap<>(model.papers()
                .size() * 2);
        if (entries != null) {
            model.papers().forEach(entry -> entries.put(entry.paper().slug(), entry));
        }
        List<PaperEntry> newest = new ArrayList<>();
        for (int d = model.digests().size() - 1; d >= 0 && newest.size() < limit; d--) {
            Digest digest = model.digests().get(d).digest();
            for (Paper paper : model.digests().get(d).papers()) {
                PaperEntry entry = entries != null ? entries.get(paper.slug())
                        : model.paper(paper.slug()).orElseThrow();
                if (entry.firstDigest() == digest && newest.size() < limit) {
                    newest.add(entry);
                }
            }
        }
        return newest;
    }

    /**
     * Every published paper as search knows it, in the reverse order of {@link #newestPapers()}: new papers come
     * last and leave the positions of the others as they were.
     */
    public List<SearchEntry> searchEntries() {
        List<SearchEntry> entries = new ArrayList<>(newestPapers(Integer.MAX_VALUE).stream()
                .map(entry -> parts.searchEntries.get(entry.paper().slug())).toList());
        Collections.reverse(entries);
        return entries;
    }

    public SearchPage searchPage() {
        return new SearchPage(model.themes().stream().map(theme -> parts.themeLinks.get(theme.theme().slug()))
                .toList(), model.papers().size());
    }

    /** The newest papers of a theme, at most {@code theme_feed_items}. */
    public List<PaperEntry> newestPapers(ThemeEntry entry) {
        return entry.papers().subList(0, Math.min(config.themeFeedItems(), entry.papers().size()));
    }

    /** A feed of one item per paper (given newest first), dated by each paper's first digest. */
    public FeedView paperFeed(String title, String description, String pagePath, List<PaperEntry> entries) {
        List<FeedItem> items = entries.stream()
                .map(entry -> {
                    PaperCard card = parts.cards.get(entry.paper().slug());
                    return new FeedItem(card.title(), card.path(), digestLink(entry.firstDigest()).date(),
                            updated(entry), card.abstractText(), parts.notes.get(card.slug()), List.of(), card);
                })
                .toList();
        return feed(title, description, pagePath, items);
    }

    /** One item per digest, newest first, at most {@code digest_feed_items}. */
    public FeedView digestsFeed() {
        List<FeedItem> items = new ArrayList<>();
        for (DigestEntry entry : newestDigests()) {
            DigestLink link = digestLink(entry.digest());
            items.add(new FeedItem(link.title(), link.path(), link.date(), link.date().rfc3339(), "",
                    parts.intros.get(entry.digest().date()),
                    entry.papers().stream().map(paper -> parts.cards.get(paper.slug()).link()).toList(), null));
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

    /** The .bib file of these papers, in this order. */
    public BibView bib(List<Paper> papers) {
        return new BibView(papers.stream().map(paper -> parts.citations.get(paper.slug())).toList());
    }

    public ThemeSummary themeSummary(ThemeEntry entry) {
        ThemeDef theme = entry.theme();
        return new ThemeSummary(parts.themeLinks.get(theme.slug()), theme.description(), entry.papers().size(),
                SitePaths.themeFeed(theme.slug()), SitePaths.themeBib(theme.slug()));
    }

    public DigestLink digestLink(Digest digest) {
        return parts.digestLink(digest);
    }

    /** See {@link FeedItem#updated}: a digest has fewer papers than a day has seconds. */
    private String updated(PaperEntry entry) {
        Digest digest = entry.firstDigest();
        List<Paper> papers = model.digests().get(model.digestIndex(digest.date())).papers();
        int position = 0;
        while (position < papers.size() && !papers.get(position).slug().equals(entry.paper().slug())) {
            position++;
        }
        return DateView.rfc3339(digest.date(), config.timeZone(), Math.max(0, papers.size() - 1 - position));
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
                    .add(parts.cards.get(entry.paper().slug()));
        }
        return groups.entrySet().stream()
                .map(group -> new DigestPapers(parts.digestLinks.get(group.getKey()), group.getValue()))
                .toList();
    }

    /** Papers per month, newest month first, of entries given newest first (as theme lists hold them). */
    private static List<MonthCount> monthCounts(List<PaperEntry> entries) {
        List<MonthCount> months = new ArrayList<>();
        int next;
        for (int first = 0; first < entries.size(); first = next) {
            YearMonth month = YearMonth.from(entries.get(first).firstDigest().date());
            next = first + 1;
            while (next < entries.size() && YearMonth.from(entries.get(next).firstDigest().date()).equals(month)) {
                next++;
            }
            months.add(new MonthCount(MONTH_YEAR.format(month), month.toString(), next - first));
        }
        return months;
    }

    private List<PaperCard> cards(List<Paper> list) {
        return list.stream().map(paper -> parts.cards.get(paper.slug())).toList();
    }
}
