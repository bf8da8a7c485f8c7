package dev.paperboy.publish;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.render.FlexmarkMarkdown;
import dev.paperboy.render.NoteChecks;
import dev.paperboy.render.PlanChange;
import dev.paperboy.render.RenderJob;
import dev.paperboy.render.RenderPlan;
import dev.paperboy.render.Renderer;
import dev.paperboy.render.SiteInfo;
import dev.paperboy.render.TemplateEngine;
import dev.paperboy.render.TemplateTimes;
import dev.paperboy.render.Urls;
import dev.paperboy.site.Html;
import dev.paperboy.site.ModelChange;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.SiteModel;
import dev.paperboy.site.SiteModelBuilder;
import dev.paperboy.site.SiteModelPatch;
import dev.paperboy.site.SitePaths;
import dev.paperboy.site.SiteViews;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one incremental pipeline of {@code build}, {@code check} and {@code serve}:
 * content files → {@link ContentStore} (each file parsed once, again only when it changed) → {@link SiteModel} →
 * {@link SiteViews} → {@link RenderJob}s → page keys ({@link PageKeys}) → render only the jobs whose key changed.
 * {@code build} runs one update with the key map of the last build ({@link BuildCache}); {@code serve} keeps the
 * engine and runs an update per save. A key is a digest of everything a job's template sees, so "which pages
 * did this change affect" has one answer: those whose key changed.
 *
 * <p>Planning every job of a large site costs far more than a save in {@code serve} may take, so after a save of
 * content files alone the engine prunes: it patches the model ({@link SiteModelPatch}) and plans again only the
 * pages the change may show on ({@link SiteViews#patched}, {@link RenderPlan#replan}). Pruning decides only which
 * jobs are keyed; {@code PruningTest} proves that a pruned update leaves out no job whose key changed.
 */
public final class SiteEngine {
    private final SiteLayout layout;
    private final EngineSettings settings;
    private final String tool;
    private final YamlReader yaml = new YamlReader();
    private final ContentStore store;
    private final RelatedListsSource related;
    private final PageKeys keys;
    private final MarkdownCache markdown;

    private Optional<SiteConfig> config = Optional.empty();
    private Diagnostics configProblems = new Diagnostics();
    /** Links in templates/ that lead outside the site, as of the last template or asset change. */
    private Diagnostics templateProblems = new Diagnostics();
    private TemplateEngine templates;
    /** Every file under templates/ but the assets, as last read. */
    private Map<String, byte[]> templateFiles = Map.of();
    private SiteKey siteKey;
    private List<Asset> assets = List.of();
    private boolean assetsToWrite = true;
    private List<Asset> shownFiles = List.of();
    private Set<String> writtenShownFiles = Set.of();
    private SiteViews views;
    /** The day {@link #views} were made for: digests dated after it are not published. */
    private LocalDate viewsDay;
    /** The jobs planned from {@link #views}, by path, whether or not rendering them succeeded. */
    private final Map<String, RenderJob> planned = new HashMap<>();
    /** Whether the next update plans every job: nothing is planned yet, or the last update failed to render. */
    private boolean planAll = true;
    private Renderer renderer;
    private NoteChecks noteChecks = new NoteChecks();

    /**
     * @param notes  Markdown renders a previous run made, by {@link MarkdownCache} key
     * @param pages  page keys of the files a previous run wrote into the output this engine writes to
     */
    public SiteEngine(SiteLayout layout, EngineSettings settings, String tool, RelatedListsSource related,
            Map<ByteBuffer, Html> notes, Map<String, PageKeys.Entry> pages) {
        this.layout = layout;
        this.settings = settings;
        this.tool = tool;
        this.related = related;
        this.store = new ContentStore(layout, yaml);
        this.markdown = new MarkdownCache(new FlexmarkMarkdown(), notes);
        this.keys = new PageKeys(pages, markdown::keyOf);
    }

    /** A fresh engine, for {@code serve}: no renders or page keys of an earlier run. */
    public SiteEngine(SiteLayout layout, EngineSettings settings, RelatedListsSource related) {
        this(layout, settings, SiteKey.tool(), related, Map.of(), Map.of());
    }

    /** The work of one update: the model, the jobs planned again, and the output paths gone since the last one. */
    public record Update(SiteModel model, List<RenderJob> jobs, List<String> gone) {
    }

    /** What an update wrote: the jobs rendered, those whose key changed; the others' files were kept. */
    public record Written(List<RenderJob> rendered) {
    }

    public ContentStore store() {
        return store;
    }

    public Optional<SiteConfig> config() {
        return config;
    }

    /** How many files {@link #outputPaths} holds, without making the set. */
    public int outputCount() {
        return planned.size() + assets.size() + shownFiles.size();
    }

    /** Every output path of the site as last planned: pages, feeds, assets and the files notes show. */
    public Set<String> outputPaths() {
        Set<String> paths = new HashSet<>(planned.keySet());
        assets.forEach(asset -> paths.add(asset.path()));
        shownFiles.forEach(file -> paths.add(file.path()));
        return paths;
    }

    MarkdownCache markdown() {
        return markdown;
    }

    PageKeys keys() {
        return keys;
    }

    public TemplateTimes templateTimes() {
        return renderer == null ? new TemplateTimes() : renderer.times();
    }

    /**
     * Reads what changed and plans the jobs it may have changed; empty, with the errors in {@code diagnostics},
     * if the site does not build.
     */
    public Optional<Update> plan(Changes changes, StageTimes times, Diagnostics diagnostics) throws IOException {
        planAll |= !read(changes, diagnostics);
        Optional<ModelChange> change = prunable() ? patchModel() : Optional.empty();
        Optional<Update> plan = change.isPresent() ? planPruned(change.get(), times)
                : planAll(diagnostics, times);
        if (plan.isEmpty()) {
            // The store keeps every file read since the last good update as changed: the next one may prune.
            related.failed();
            return plan;
        }
        Diagnostics linkProblems = new Diagnostics();
        shownFiles = ShownFiles.read(layout, plan.get().model(), planned.keySet(), noteChecks,
                linkProblems);
        times.lap("plan");
        diagnostics.addAll(linkProblems);
        if (linkProblems.hasErrors()) {
            related.failed();
            planAll = true;
            return Optional.empty();
        }
        return plan;
    }

    /**
     * Renders the jobs of {@code plan} whose key differs from the one last written at their path (or whose file is
     * not there to keep), writes assets and the files notes show where they changed, and deletes what is gone. On a
     * render error the keys of the jobs it attempted are forgotten, as their files may or may not have been written,
     * and the next update plans every job.
     */
    public Optional<Written> render(Update plan, PageOutput output, StageTimes times, Diagnostics diagnostics)
            throws IOException {
        if (assetsToWrite) {
            for (Asset asset : assets) {
                output.write(asset.path(), asset.bytes());
            }
        }
        writeShownFiles(output);
        List<RenderJob> stale = keys.stale(plan.jobs(), siteKey, output);
        times.lap("cache check");
        Diagnostics problems = new Diagnostics();
        renderer.render(stale, keys.recording(output), problems);
        times.lap("render");
        diagnostics.addAll(problems);
        if (problems.hasErrors()) {
            keys.forget(stale.stream().map(RenderJob::path).toList());
            related.failed();
            planAll = true;
            return Optional.empty();
        }
        output.delete(plan.gone());
        keys.forget(plan.gone());
        assetsToWrite = false;
        planAll = false;
        store.forgetChanges();
        related.shown();
        return Optional.of(new Written(stale));
    }

    /**
     * Whether the model the views were made from can be patched: since then only content files changed (the store
     * keeps which), and all of them read without problems.
     */
    private boolean prunable() {
        return views != null && !planAll && configProblems.isEmpty() && templateProblems.isEmpty()
                && !store.hasProblems();
    }

    /** Empty when a patch cannot show the changes: the day changed, or see {@link SiteModelPatch}. */
    private Optional<ModelChange> patchModel() {
        SiteModel model = views.model();
        LocalDate today = SiteModelBuilder.today(model.config(), settings.clock());
        return today.equals(viewsDay) ? SiteModelPatch.patch(model, store, store.changedPapers(),
                store.changedDigests(), settings.drafts(), today) : Optional.empty();
    }

    private Optional<Update> planPruned(ModelChange change, StageTimes times) {
        SiteViews.Patch patch = views.patched(change, related.listsAfter(change));
        views = patch.views();
        times.lap("notes and related papers");
        PlanChange replanned = RenderPlan.replan(views, patch.stale(), SiteInfo.of(change.after().config()),
                planned::get);
        replanned.jobs().forEach(job -> planned.put(job.path(), job));
        replanned.removed().forEach(planned::remove);
        return Optional.of(new Update(change.after(), replanned.jobs(), replanned.removed()));
    }

    private Optional<Update> planAll(Diagnostics diagnostics, StageTimes times) {
        store.reportProblems(diagnostics);
        diagnostics.addAll(configProblems);
        diagnostics.addAll(templateProblems);
        Optional<SiteModel> model = config.flatMap(loaded -> SiteModelBuilder.build(store.content(), loaded,
                store.unreadablePapers(), settings.drafts(), settings.clock(), diagnostics));
        times.lap("load");
        if (diagnostics.hasErrors() || model.isEmpty()) {
            return Optional.empty();
        }
        RelatedPaperLists lists = related.listsFor(model.get());
        views = views == null ? SiteViews.of(model.get(), markdown, lists)
                : SiteViews.reusing(views, model.get(), markdown, lists);
        viewsDay = SiteModelBuilder.today(model.get().config(), settings.clock());
        times.lap("notes and related papers");
        SiteInfo site = SiteInfo.of(model.get().config());
        List<RenderJob> jobs = RenderPlan.plan(views, site);
        planned.clear();
        jobs.forEach(job -> planned.put(job.path(), job));
        // Those written since the last plan of every job, even by an update that failed, are known by their keys.
        List<String> gone = keys.paths().stream().filter(path -> !planned.containsKey(path)).sorted().toList();
        siteKey = SiteKey.of(tool, templateFiles, model.get().config(), settings, Assets.paths(assets), jobs);
        keys.forgetViews();
        noteChecks = new NoteChecks();
        renderer = new Renderer(templates, site, urls(model.get().config()));
        return Optional.of(new Update(model.get(), jobs, gone));
    }

    private Urls urls(SiteConfig loaded) {
        Urls urls = new Urls(loaded.baseUrl(), settings.indexLinks(), Assets.paths(assets), SitePaths.HOME);
        return settings.servedAtRoot() ? urls.servedAtRoot() : urls;
    }

    /**
     * Re-reads what changed; the problems of config and content files stay with them until they are read again.
     *
     * @return whether at most content files changed, which the store names: else every job must be planned
     */
    private boolean read(Changes changes, Diagnostics diagnostics) throws IOException {
        Optional<SiteConfig> before = config;
        if (changes.config()) {
            configProblems = new Diagnostics();
            config = new SiteConfigLoader(yaml).load(layout.root(), configProblems);
            if (settings.baseUrl() != null && SiteConfigLoader.checkBaseUrl(settings.baseUrl(),
                    SourcePos.of("--base-url"), configProblems)) {
                config = config.map(loaded -> loaded.withBaseUrl(settings.baseUrl()));
            }
        }
        if (changes.rescan()) {
            Diagnostics listing = new Diagnostics();
            store.readAll(listing);
            diagnostics.addAll(listing);
        } else {
            changes.contentFiles().forEach(store::update);
        }
        boolean templatesChanged = templates == null || changes.anyTemplate() || !changes.templates().isEmpty();
        if (templatesChanged || changes.assets()) {
            templateProblems = new Diagnostics();
            layout.files().reportOutside(layout.templates(), templateProblems);
        }
        if (templatesChanged) {
            // A new engine, since FreeMarker's template cache would notice edits only seconds later.
            templates = new TemplateEngine(layout.templates(), layout.files());
            templateFiles = SiteKey.templateFiles(layout);
        }
        if (changes.assets()) {
            assets = Assets.collect(layout.templates(), layout.files());
            assetsToWrite = true;
        }
        return config.equals(before) && !changes.rescan() && !templatesChanged && !changes.assets();
    }

    /** Writes the files the notes show (only those whose bytes changed), and deletes those no longer shown. */
    private void writeShownFiles(PageOutput output) throws IOException {
        Set<String> paths = new HashSet<>();
        for (Asset file : shownFiles) {
            output.write(file.path(), file.bytes());
            paths.add(file.path());
        }
        List<String> notShown = new ArrayList<>(writtenShownFiles);
        notShown.removeAll(paths);
        output.delete(notShown);
        writtenShownFiles = paths;
    }
}
