package dev.paperboy.render;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.content.Paper;
import dev.paperboy.site.ArchivePage;
import dev.paperboy.site.DigestEntry;
import dev.paperboy.site.DigestPage;
import dev.paperboy.site.FeedView;
import dev.paperboy.site.HomePage;
import dev.paperboy.site.PaperEntry;
import dev.paperboy.site.PageSummaries;
import dev.paperboy.site.PageView;
import dev.paperboy.site.PaperPage;
import dev.paperboy.site.SearchEntry;
import dev.paperboy.site.SiteModel;
import dev.paperboy.site.SitePaths;
import dev.paperboy.site.SiteViews;
import dev.paperboy.site.StalePages;
import dev.paperboy.site.ThemeEntry;
import dev.paperboy.site.ThemePage;
import dev.paperboy.site.ThemesPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The flat list of everything a build writes: one {@link RenderJob} per page, feed and metadata file. The sitemap is planned last, from the page jobs. After an edit, {@code serve} plans again only
 * the pages it made stale ({@link #replan}).
 */
public final class RenderPlan {
    private final SiteViews views;
    private final SiteModel model;
    private final SiteConfig config;
    private final SiteInfo site;
    private final int shardSize;
    private final EmailEditions emails;

    private RenderPlan(SiteViews views, SiteInfo site, int shardSize) {
        this.views = views;
        this.model = views.model();
        this.config = model.config();
        this.site = site;
        this.shardSize = shardSize;
        this.emails = new EmailEditions(config.baseUrl());
    }

    public static List<RenderJob> plan(SiteViews views, SiteInfo site) {
        return plan(views, site, SearchData.SHARD_SIZE);
    }

    /** @param shardSize papers per shard of the search index */
    static List<RenderJob> plan(SiteViews views, SiteInfo site, int shardSize) {
        RenderPlan plan = new RenderPlan(views, site, shardSize);
        List<RenderJob> jobs = new ArrayList<>(plan.pages());
        jobs.addAll(plan.bibs());
        // In parallel, in a fixed order, as the digest pages.
        jobs.addAll(IntStream.range(0, plan.model.digests().size()).parallel()
                .mapToObj(plan::emailJobs).flatMap(List::stream).toList());
        List<RenderJob> feeds = plan.feeds();
        jobs.addAll(feeds);
        jobs.add(plan.sitemap(jobs));
        jobs.add(plan.opml(feeds));
        jobs.add(plan.robots());
        jobs.addAll(plan.search());
        return List.copyOf(jobs);
    }

    /**
     * The jobs of the pages and feeds {@code stale} names, and of the sitemap if a page was added or removed or its
     * date changed; with the plan the views patched ({@code previous}, by output path, null if none), the
     * plan {@link #plan} would make.
     */
    public static PlanChange replan(SiteViews views, StalePages stale, SiteInfo site,
            Function<String, RenderJob> previous) {
        return replan(views, stale, site, previous, SearchData.SHARD_SIZE);
    }

    static PlanChange replan(SiteViews views, StalePages stale, SiteInfo site, Function<String, RenderJob> previous,
            int shardSize) {
        RenderPlan plan = new RenderPlan(views, site, shardSize);
        PlanChange pages = plan.stalePages(stale, previous);
        List<RenderJob> jobs = new ArrayList<>(pages.jobs());
        boolean moved = !pages.removed().isEmpty() || pages.jobs().stream().anyMatch(job ->
                previous.apply(job.path()) == null || !Objects.equals(previous.apply(job.path()).lastmod(),
                        job.lastmod()));
        if (moved) {
            jobs.add(plan.sitemap(plan.pagesInOrder(pages.jobs(), previous)));
        }
        jobs.addAll(plan.staleFeeds(stale));
        // Planned at every change, and rendered only if unlike the last: cheaper than working out what they show.
        List<RenderJob> search = plan.search();
        jobs.addAll(search);
        List<String> removed = new ArrayList<>(pages.removed());
        int shards = (int) search.stream().filter(job -> job.format() == OutputFormat.SEARCH_SHARD).count();
        for (int shard = shards; previous.apply(SitePaths.searchShard(shard)) != null; shard++) {
            removed.add(SitePaths.searchShard(shard));
        }
        return new PlanChange(jobs, removed);
    }

    /** The jobs of the stale pages, and the paths of those gone. */
    private PlanChange stalePages(StalePages stale, Function<String, RenderJob> previous) {
        List<RenderJob> jobs = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        if (stale.home()) {
            HomePage home = views.home();
            jobs.add(homeJob(home));
            jobs.add(notFoundJob(home));
        }
        stale.digests().forEach(date -> {
            jobs.add(digestJob(model.digestIndex(date)));
            jobs.addAll(emailJobs(model.digestIndex(date)));
        });
        for (String slug : stale.papers()) {
            model.paper(slug).ifPresentOrElse(entry -> jobs.add(paperJob(entry)), () -> {
                removed.add(SitePaths.paper(slug));
                removed.add(SitePaths.paperBib(slug));
            });
        }
        jobs.addAll(staleBibs(stale));
        for (ThemeEntry theme : model.themes()) {
            String slug = theme.theme().slug();
            if (stale.themes().contains(slug)) {
                List<RenderJob> pages = themeJobs(theme);
                jobs.addAll(pages);
                for (int page = pages.size() + 1; previous.apply(SitePaths.theme(slug, page)) != null; page++) {
                    removed.add(SitePaths.theme(slug, page));
                }
            } else {
                stale.themePages().getOrDefault(slug, Set.of()).forEach(page ->
                        jobs.add(themeJob(theme, views.themePage(theme, page))));
            }
        }
        if (stale.archive()) {
            jobs.add(archiveJob());
        }
        if (stale.themesIndex()) {
            jobs.add(themesIndexJob());
        }
        removed.removeIf(path -> previous.apply(path) == null);
        return new PlanChange(jobs, removed);
    }

    /**
     * The .bib files of papers whose citation changed, and of the digests and themes that list them or whose lists
     * changed.
     */
    private List<RenderJob> staleBibs(StalePages stale) {
        List<RenderJob> bibs = new ArrayList<>();
        Set<LocalDate> digests = new TreeSet<>(stale.digests());
        Set<String> themes = new TreeSet<>(stale.themeFeeds());
        for (String slug : stale.citations()) {
            PaperEntry entry = model.paper(slug).orElseThrow();
            bibs.add(paperBibJob(entry));
            entry.digests().forEach(digest -> digests.add(digest.date()));
            themes.addAll(entry.paper().themes());
        }
        digests.forEach(date -> bibs.add(digestBibJob(model.digests().get(model.digestIndex(date)))));
        model.themes().stream().filter(theme -> themes.contains(theme.theme().slug()))
                .forEach(theme -> bibs.add(themeBibJob(theme)));
        return bibs;
    }

    private List<RenderJob> staleFeeds(StalePages stale) {
        List<RenderJob> feeds = new ArrayList<>();
        if (stale.mainFeeds()) {
            feeds.addAll(mainFeedJobs());
        }
        if (stale.digestsFeed()) {
            feeds.add(digestsFeedJob());
        }
        model.themes().stream().filter(theme -> stale.themeFeeds().contains(theme.theme().slug()))
                .forEach(theme -> feeds.add(themeFeedJob(theme)));
        return feeds;
    }

    private List<RenderJob> pages() {
        List<RenderJob> pages = new ArrayList<>();
        HomePage home = views.home();
        pages.add(homeJob(home));
        // In parallel, in a fixed order: this is most of planning a large site.
        pages.addAll(IntStream.range(0, model.digests().size()).parallel().mapToObj(this::digestJob).toList());
        pages.addAll(model.papers().parallelStream().map(this::paperJob).toList());
        pages.addAll(model.themes().parallelStream().flatMap(theme -> themeJobs(theme).stream()).toList());
        pages.add(archiveJob());
        pages.add(themesIndexJob());
        pages.add(notFoundJob(home));
        return pages;
    }

    /** A .bib file per paper, per digest and per theme, beside their pages. */
    private List<RenderJob> bibs() {
        List<RenderJob> bibs = new ArrayList<>(model.papers().parallelStream().map(this::paperBibJob).toList());
        model.digests().forEach(entry -> bibs.add(digestBibJob(entry)));
        model.themes().forEach(theme -> bibs.add(themeBibJob(theme)));
        return bibs;
    }

    private RenderJob paperBibJob(PaperEntry entry) {
        return bibJob(SitePaths.paperBib(entry.paper().slug()), List.of(entry.paper()));
    }

    private RenderJob digestBibJob(DigestEntry entry) {
        return bibJob(SitePaths.digestBib(entry.digest().date()), entry.papers());
    }

    private RenderJob themeBibJob(ThemeEntry theme) {
        return bibJob(SitePaths.themeBib(theme.theme().slug()), theme.papers().stream().map(PaperEntry::paper)
                .toList());
    }

    /**
     * Titled by path: what a .bib file shows is its entries only, which are planned again when a citation or the
     * list of papers changes ({@link StalePages#citations}).
     */
    private RenderJob bibJob(String path, List<Paper> papers) {
        return job(path, OutputFormat.BIBTEX, path, "", List.of(), views.bib(papers), null);
    }

    /** Every page's job, in the order of {@link #pages}: the replanned ones, else the previous ones. */
    private List<RenderJob> pagesInOrder(List<RenderJob> replanned, Function<String, RenderJob> previous) {
        Map<String, RenderJob> byPath = new HashMap<>();
        replanned.forEach(job -> byPath.put(job.path(), job));
        List<String> paths = new ArrayList<>(model.digests().size() + model.papers().size() + 4);
        paths.add(SitePaths.HOME);
        model.digests().forEach(entry -> paths.add(SitePaths.digest(entry.digest().date())));
        model.papers().forEach(entry -> paths.add(SitePaths.paper(entry.paper().slug())));
        for (ThemeEntry theme : model.themes()) {
            for (int page = 1; page <= views.themePageCount(theme); page++) {
                paths.add(SitePaths.theme(theme.theme().slug(), page));
            }
        }
        paths.addAll(List.of(SitePaths.ARCHIVE, SitePaths.THEMES, SitePaths.NOT_FOUND));
        return paths.stream().map(path -> byPath.containsKey(path) ? byPath.get(path) : previous.apply(path))
                .toList();
    }

    private RenderJob homeJob(HomePage home) {
        List<DigestEntry> digests = model.digests();
        List<DigestEntry> latest = digests.subList(Math.max(0, digests.size() - config.homeDigests()),
                digests.size());
        return job(SitePaths.HOME, OutputFormat.HOME, config.title(), PageSummaries.home(config.description(), home),
                List.of(), home, model.lastDate().orElse(null));
    }

    private RenderJob archiveJob() {
        ArchivePage archive = views.archive();
        return job(SitePaths.ARCHIVE, OutputFormat.ARCHIVE, "Archive", PageSummaries.archive(archive), List.of(),
                archive, model.lastDate().orElse(null));
    }

    private RenderJob themesIndexJob() {
        ThemesPage themes = views.themesIndex();
        return job(SitePaths.THEMES, OutputFormat.THEMES, "Themes", PageSummaries.themes(themes), List.of(),
                themes, model.lastDate().orElse(null));
    }

    private RenderJob notFoundJob(HomePage home) {
        return job(SitePaths.NOT_FOUND, OutputFormat.NOT_FOUND, "Page not found",
                PageSummaries.home(config.description(), home), List.of(), home, null);
    }

    private RenderJob digestJob(int index) {
        DigestPage page = views.digestPage(index);
        DigestEntry entry = model.digests().get(index);
        return job(page.digest().path(), OutputFormat.DIGEST, page.digest().title(), PageSummaries.digest(page),
                List.of(), page, entry.digest().date());
    }

    /** The email editions of a digest: HTML and plain text. */
    private List<RenderJob> emailJobs(int index) {
        DigestPage page = views.digestPage(index);
        LocalDate date = model.digests().get(index).digest().date();
        return List.of(
                job(page.emailPath(), OutputFormat.EMAIL, page.digest().title(), PageSummaries.digest(page),
                        List.of(), emails.html(page), date),
                job(page.emailTextPath(), OutputFormat.EMAIL_TEXT, page.digest().title(), "", List.of(),
                        emails.text(page), date));
    }

    private List<RenderJob> themeJobs(ThemeEntry theme) {
        return views.themePages(theme).stream().map(page -> themeJob(theme, page)).toList();
    }

    private RenderJob themeJob(ThemeEntry theme, ThemePage page) {
        int number = page.pagination().page();
        String title = theme.theme().name() + (number > 1 ? " (page " + number + ")" : "");
        List<PaperEntry> shown = theme.papers().subList(
                Math.min((number - 1) * config.themePageSize(), theme.papers().size()),
                Math.min(number * config.themePageSize(), theme.papers().size()));
        List<FeedLink> feed = List.of(new FeedLink(config.title() + ": " + theme.theme().name(),
                SitePaths.themeFeed(theme.theme().slug()), OutputFormat.RSS.mediaType()));
        return job(SitePaths.theme(theme.theme().slug(), number), OutputFormat.THEME, title,
                PageSummaries.theme(page.theme()), feed, page, newest(shown));
    }

    private RenderJob paperJob(PaperEntry entry) {
        PaperPage page = views.paperPage(entry);
        return job(page.paper().path(), OutputFormat.PAPER, page.paper().title(), PageSummaries.paper(page),
                List.of(), page, entry.lastDigest().date());
    }

    private List<RenderJob> feeds() {
        List<RenderJob> feeds = new ArrayList<>(mainFeedJobs());
        feeds.add(digestsFeedJob());
        model.themes().forEach(theme -> feeds.add(themeFeedJob(theme)));
        return feeds;
    }

    private List<RenderJob> mainFeedJobs() {
        List<PaperEntry> newest = views.newestPapers();
        FeedView main = views.paperFeed(config.title(), config.description(), SitePaths.HOME, newest);
        return OutputFormat.MAIN_FEEDS.stream()
                .map(feed -> feedJob(feed.path(), feed.format(), new FeedView(feed.title(config.title()),
                        main.description(), main.pagePath(), main.updated(), main.items())))
                .toList();
    }

    private RenderJob digestsFeedJob() {
        return feedJob(SitePaths.DIGESTS_FEED, OutputFormat.RSS, views.digestsFeed());
    }

    private RenderJob themeFeedJob(ThemeEntry theme) {
        List<PaperEntry> papers = views.newestPapers(theme);
        return feedJob(SitePaths.themeFeed(theme.theme().slug()), OutputFormat.RSS,
                views.paperFeed(config.title() + ": " + theme.theme().name(), theme.theme().description(),
                        SitePaths.theme(theme.theme().slug(), 1), papers));
    }

    private RenderJob feedJob(String path, OutputFormat format, FeedView feed) {
        return job(path, format, feed.title(), feed.description(), List.of(), feed,
                feed.updated() == null ? null : LocalDate.parse(feed.updated().iso()));
    }

    private RenderJob sitemap(List<RenderJob> jobs) {
        List<SitemapEntry> entries = jobs.stream()
                .filter(job -> job.format().kind() == OutputFormat.Kind.PAGE)
                .map(job -> new SitemapEntry(job.path(), job.lastmod() == null ? null : job.lastmod().toString()))
                .toList();
        return job(SitePaths.SITEMAP, OutputFormat.SITEMAP, "Sitemap", "", List.of(), new SitemapView(entries), null);
    }

    /** Each feed once: all are RSS, and the main one is also offered in other flavours, which add no items. */
    private RenderJob opml(List<RenderJob> feeds) {
        List<FeedsOutline.Outline> outlines = feeds.stream()
                .filter(job -> job.format() == OutputFormat.RSS)
                .map(job -> {
                    FeedView feed = (FeedView) job.page();
                    return new FeedsOutline.Outline(feed.title(), feed.description(), job.path(), feed.pagePath());
                })
                .toList();
        return job(SitePaths.OPML, OutputFormat.OPML, config.title() + ": all feeds", config.description(),
                List.of(), new FeedsOutline(outlines), null);
    }

    private RenderJob robots() {
        return job(SitePaths.ROBOTS, OutputFormat.ROBOTS, "robots.txt", "", List.of(), new SitemapView(List.of()), null);
    }

    /** The search page, the search index and its shards. */
    private List<RenderJob> search() {
        List<RenderJob> jobs = new ArrayList<>();
        jobs.add(job(SitePaths.SEARCH, OutputFormat.SEARCH, "Search", PageSummaries.search(), List.of(),
                views.searchPage(), null));
        List<SearchEntry> entries = views.searchEntries();
        List<String> shards = new ArrayList<>();
        for (int first = 0; first < entries.size(); first += shardSize) {
            String path = SitePaths.searchShard(shards.size());
            jobs.add(job(path, OutputFormat.SEARCH_SHARD, "Search index", "", List.of(),
                    new SearchData(shards.size(), first, entries.subList(first,
                            Math.min(first + shardSize, entries.size())), SitePaths.paper("{slug}")), null));
            shards.add(path);
        }
        jobs.add(job(SitePaths.SEARCH_INDEX, OutputFormat.SEARCH_INDEX, "Search index", "", List.of(),
                new SearchManifest(shards, String.join(" ", SearchWords.STOP)), null));
        return jobs;
    }

    private RenderJob job(String path, OutputFormat format, String title, String description,
            List<FeedLink> ownFeeds, PageView page, LocalDate lastmod) {
        List<FeedLink> feeds = site.feeds();
        if (!ownFeeds.isEmpty()) {
            feeds = new ArrayList<>(feeds);
            feeds.addAll(ownFeeds);
        }
        return new RenderJob(path, format, new PageMeta(title, description, path, feeds), page, lastmod);
    }

    private static LocalDate newest(List<PaperEntry> papers) {
        return papers.stream().map(entry -> entry.firstDigest().date()).max(LocalDate::compareTo).orElse(null);
    }
}
