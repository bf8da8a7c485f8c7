package dev.paperboy.render;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.Digest;
import dev.paperboy.site.DigestEntry;
import dev.paperboy.site.DigestPage;
import dev.paperboy.site.FeedView;
import dev.paperboy.site.PaperEntry;
import dev.paperboy.site.PaperPage;
import dev.paperboy.site.SiteModel;
import dev.paperboy.site.SitePaths;
import dev.paperboy.site.SiteViews;
import dev.paperboy.site.ThemeEntry;
import dev.paperboy.site.ThemePage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The flat list of everything a build writes: one {@link RenderJob} per page, feed and metadata file, each with
 * the inputs it read. The sitemap is planned last, from the page jobs.
 */
public final class RenderPlan {
    private final SiteViews views;
    private final SiteModel model;
    private final SiteConfig config;
    private final SiteInfo site;
    private final Function<String, RenderJob> previous;
    private final List<RenderJob> jobs = new ArrayList<>();

    private RenderPlan(SiteViews views, SiteInfo site, Function<String, RenderJob> previous) {
        this.views = views;
        this.previous = previous;
        this.model = views.model();
        this.config = model.config();
        this.site = site;
    }

    public static List<RenderJob> plan(SiteViews views, SiteInfo site) {
        return plan(views, site, path -> null);
    }

    /**
     * A plan that takes the job of each paper page {@link SiteViews#samePaperPage} says is unchanged from
     * {@code previous}, the plan made from the views {@code views} reused (by output path; null if none).
     */
    public static List<RenderJob> plan(SiteViews views, SiteInfo site, Function<String, RenderJob> previous) {
        RenderPlan plan = new RenderPlan(views, site, previous);
        plan.pages();
        plan.feeds();
        plan.metaFiles();
        return List.copyOf(plan.jobs);
    }

    private void pages() {
        List<DigestEntry> digests = model.digests();
        List<DigestEntry> latest = digests.subList(Math.max(0, digests.size() - config.homeDigests()),
                digests.size());
        add(SitePaths.HOME, OutputFormat.HOME, config.title(), config.description(), List.of(), views.home(),
                inputs(latest.stream().map(DigestEntry::digest), latest.stream().flatMap(e -> e.papers().stream()
                        .map(paper -> paper.source().file()))), model.lastDate().orElse(null));
        // In parallel, in a fixed order: serve plans the whole site on every save.
        jobs.addAll(IntStream.range(0, digests.size()).parallel().mapToObj(this::digestJob).toList());
        jobs.addAll(model.papers().parallelStream().map(this::paperJob).toList());
        jobs.addAll(model.themes().parallelStream().flatMap(theme -> themeJobs(theme).stream()).toList());
        add(SitePaths.ARCHIVE, OutputFormat.ARCHIVE, "Archive", config.description(), List.of(), views.archive(),
                inputs(digests.stream().map(DigestEntry::digest), Stream.empty()), model.lastDate().orElse(null));
        add(SitePaths.THEMES, OutputFormat.THEMES, "Themes", config.description(), List.of(), views.themesIndex(),
                paperInputs(model.papers()), model.lastDate().orElse(null));
        add(SitePaths.NOT_FOUND, OutputFormat.NOT_FOUND, "Page not found", config.description(), List.of(),
                views.home(), inputs(Stream.empty(), Stream.empty()), null);
    }

    private RenderJob digestJob(int index) {
        DigestPage page = views.digestPage(index);
        DigestEntry entry = model.digests().get(index);
        return job(page.digest().path(), OutputFormat.DIGEST, page.digest().title(), config.description(), List.of(),
                page, inputs(Stream.of(entry.digest()), entry.papers().stream().map(p -> p.source().file())),
                entry.digest().date());
    }

    private List<RenderJob> themeJobs(ThemeEntry theme) {
        List<FeedLink> feed = List.of(new FeedLink(config.title() + ": " + theme.theme().name(),
                SitePaths.themeFeed(theme.theme().slug()), OutputFormat.RSS.mediaType()));
        List<RenderJob> themeJobs = new ArrayList<>();
        for (ThemePage page : views.themePages(theme)) {
            int number = page.pagination().page();
            String title = theme.theme().name() + (number > 1 ? " (page " + number + ")" : "");
            List<PaperEntry> shown = theme.papers().subList(
                    Math.min((number - 1) * config.themePageSize(), theme.papers().size()),
                    Math.min(number * config.themePageSize(), theme.papers().size()));
            themeJobs.add(job(SitePaths.theme(theme.theme().slug(), number), OutputFormat.THEME, title,
                    theme.theme().description(), feed, page, paperInputs(shown), newest(shown)));
        }
        return themeJobs;
    }

    private RenderJob paperJob(PaperEntry entry) {
        RenderJob known = views.samePaperPage(entry) ? previous.apply(SitePaths.paper(entry.paper().slug())) : null;
        if (known != null) {
            return known;
        }
        PaperPage page = views.paperPage(entry);
        return job(page.paper().path(), OutputFormat.PAPER, page.paper().title(), page.paper().abstractExcerpt(),
                List.of(), page, inputs(entry.digests().stream(), Stream.of(entry.paper().source().file())),
                entry.lastDigest().date());
    }

    private void feeds() {
        List<PaperEntry> newest = views.newestPapers();
        FeedView main = views.paperFeed(config.title(), config.description(), SitePaths.HOME, newest);
        for (OutputFormat.FeedOutput feed : OutputFormat.MAIN_FEEDS) {
            addFeed(feed.path(), feed.format(), main, paperInputs(newest));
        }
        List<DigestEntry> digests = views.newestDigests();
        addFeed(SitePaths.DIGESTS_FEED, OutputFormat.RSS, views.digestsFeed(),
                inputs(digests.stream().map(DigestEntry::digest), digests.stream()
                        .flatMap(entry -> entry.papers().stream().map(paper -> paper.source().file()))));
        for (ThemeEntry theme : model.themes()) {
            List<PaperEntry> papers = views.newestPapers(theme);
            addFeed(SitePaths.themeFeed(theme.theme().slug()), OutputFormat.RSS,
                    views.paperFeed(config.title() + ": " + theme.theme().name(), theme.theme().description(),
                            SitePaths.theme(theme.theme().slug(), 1), papers),
                    paperInputs(papers));
        }
    }

    private void addFeed(String path, OutputFormat format, FeedView feed, List<String> contentInputs) {
        add(path, format, feed.title(), feed.description(), List.of(), feed, contentInputs,
                feed.updated() == null ? null : LocalDate.parse(feed.updated().iso()));
    }

    private void metaFiles() {
        List<SitemapEntry> entries = jobs.stream()
                .filter(job -> job.format().kind() == OutputFormat.Kind.PAGE)
                .map(job -> new SitemapEntry(job.path(), job.lastmod() == null ? null : job.lastmod().toString()))
                .toList();
        // Every published paper and digest, each once, without hashing the labels of every job.
        List<String> everything = inputs(model.digests().stream().map(DigestEntry::digest),
                model.papers().stream().map(entry -> entry.paper().source().file()));
        add(SitePaths.SITEMAP, OutputFormat.SITEMAP, "Sitemap", "", List.of(), new SitemapView(entries), everything,
                null);
        add(SitePaths.ROBOTS, OutputFormat.ROBOTS, "robots.txt", "", List.of(), new SitemapView(List.of()),
                List.of(SiteConfigLoader.FILE), null);
    }

    private void add(String path, OutputFormat format, String title, String description, List<FeedLink> ownFeeds,
            Object page, List<String> contentInputs, LocalDate lastmod) {
        jobs.add(job(path, format, title, description, ownFeeds, page, contentInputs, lastmod));
    }

    private RenderJob job(String path, OutputFormat format, String title, String description,
            List<FeedLink> ownFeeds, Object page, List<String> contentInputs, LocalDate lastmod) {
        List<FeedLink> feeds = new ArrayList<>(site.feeds());
        feeds.addAll(ownFeeds);
        // Insertion order, not sorted: sorting every page's labels was a good part of planning 10,000 papers.
        Set<String> inputs = new LinkedHashSet<>(contentInputs);
        inputs.add(SiteConfigLoader.FILE);
        inputs.add("templates/" + format.template());
        return new RenderJob(path, format, new PageMeta(title, description, path, feeds), page, List.copyOf(inputs),
                lastmod);
    }

    private static List<String> inputs(Stream<Digest> digests, Stream<String> paperFiles) {
        return Stream.concat(digests.map(digest -> digest.source().file()), paperFiles).toList();
    }

    private static List<String> paperInputs(List<PaperEntry> papers) {
        List<String> inputs = new ArrayList<>(papers.size() * 2);
        for (PaperEntry entry : papers) {
            inputs.add(entry.paper().source().file());
            entry.digests().forEach(digest -> inputs.add(digest.source().file()));
        }
        return inputs;
    }

    private static LocalDate newest(List<PaperEntry> papers) {
        return papers.stream().map(entry -> entry.firstDigest().date()).max(LocalDate::compareTo).orElse(null);
    }
}
