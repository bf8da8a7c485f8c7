package dev.paperboy.serve;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.publish.Asset;
import dev.paperboy.publish.Assets;
import dev.paperboy.publish.ShownFiles;
import dev.paperboy.render.FlexmarkMarkdown;
import dev.paperboy.render.PlanChange;
import dev.paperboy.render.RenderJob;
import dev.paperboy.render.RenderPlan;
import dev.paperboy.render.Renderer;
import dev.paperboy.render.SiteInfo;
import dev.paperboy.render.TemplateEngine;
import dev.paperboy.render.Urls;
import dev.paperboy.site.ModelChange;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.site.SiteModel;
import dev.paperboy.site.SiteModelBuilder;
import dev.paperboy.site.SiteModelPatch;
import dev.paperboy.site.SitePaths;
import dev.paperboy.site.SiteViews;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The site as {@code serve} keeps it between rebuilds: parsed content file by file, the config, the template
 * engine, the views (whose rendered Markdown and paper cards the next views reuse), and the render jobs last
 * planned and written. After a save of content files, the model, views and plan are patched
 * ({@link SiteModelPatch}, {@link SiteViews#patched}, {@link RenderPlan#replan}): only the parts of what changed
 * and the pages that may show them are made again, so an edit costs what it changes, not what the site holds.
 * Other changes (config, templates, a digest published or unpublished, recovery from a failed render) remake all
 * of them, reusing rendered Markdown. Either way a job is rendered only if it differs from the version last
 * written (records compare by value). Output is byte for byte what {@code build} writes, once the related-paper
 * lists a save made stale are exact again (see {@link RelatedLists}): that follow-up rebuild is handed to
 * {@code followups} to run and report. The reload script is added by the server, never written.
 */
final class LiveSite {
    private static final String TEMPLATES = "templates/";

    private final SiteLayout layout;
    private final ServeOutput output;
    private final boolean drafts;
    private final Clock clock;
    private final RelatedLists related;
    private final YamlReader yaml = new YamlReader();
    private final ContentFiles files;
    private final FlexmarkMarkdown markdown = new FlexmarkMarkdown();

    private Optional<SiteConfig> config = Optional.empty();
    private Diagnostics configProblems = new Diagnostics();
    /** Links in templates/ that lead outside the site, as of the last template or asset change. */
    private Diagnostics templateProblems = new Diagnostics();
    private TemplateEngine engine;
    private List<Asset> assets = List.of();
    /** The files in content/ the notes show, as last read, and as last written. */
    private List<Asset> shownFiles = List.of();
    private Set<String> writtenShownFiles = Set.of();
    private SiteViews views;
    /** The day {@link #views} were made for: digests dated after it are not published. */
    private LocalDate viewsDay;
    /** The jobs planned from {@link #views}, by path, whether or not rendering them succeeded. */
    private final Map<String, RenderJob> planned = new HashMap<>();
    private final Map<String, RenderJob> written = new HashMap<>();
    /** Templates and content/site.yaml changed since the last successful rebuild: their jobs render again. */
    private final Set<String> pendingInputs = new HashSet<>();
    /** Files a failed render may or may not have written: the next rebuild renders them again. */
    private final Set<String> unsure = new HashSet<>();
    private boolean renderAll = true;

    /**
     * @param background runs the exact related-papers computation after a save
     * @param followups  runs and reports the rebuild that shows its result; called from {@code background}
     */
    LiveSite(SiteLayout layout, ServeOutput output, boolean drafts, Clock clock, RelatedPapersFinder finder,
            Executor background, Consumer<RebuildStep> followups) {
        this.layout = layout;
        this.output = output;
        this.drafts = drafts;
        this.clock = clock;
        this.related = new RelatedLists(finder, background,
                computation -> followups.accept(() -> showExactRelated(computation)));
        this.files = new ContentFiles(layout, yaml);
    }

    /** Reads and renders everything, deleting what an earlier session left in the output folder. */
    synchronized Rebuild buildAll() throws IOException {
        return rebuild(Changes.all());
    }

    /**
     * Brings the output up to date after these paths changed (as a {@link SiteWatcher} reports them); empty when
     * none of them is read by a build (content/listings, for one).
     */
    synchronized Optional<Rebuild> refresh(Set<Path> changedPaths) throws IOException {
        Changes changes = Changes.of(layout, files, changedPaths);
        return changes.isEmpty() ? Optional.empty() : Optional.of(rebuild(changes));
    }

    /** Renders the pages whose related lists differ from the stale ones; empty if a later save superseded them. */
    private synchronized Optional<Rebuild> showExactRelated(RelatedLists.Computation computation)
            throws IOException {
        return related.adopt(computation) ? Optional.of(rebuild(Changes.none())) : Optional.empty();
    }

    private Rebuild rebuild(Changes changes) throws IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        read(changes, diagnostics);
        Optional<ModelChange> change = patchable(changes) ? patchModel() : Optional.empty();
        return change.isPresent() ? rebuildPatched(change.get(), start) : rebuildAll(changes, diagnostics, start);
    }

    /**
     * Whether the model the views were made from can be patched: since then only content files changed (the content
     * files keep which), and all of them read without problems. A failed render, or a config, template or asset
     * change, needs everything remade.
     */
    private boolean patchable(Changes changes) {
        return views != null && !renderAll && pendingInputs.isEmpty() && unsure.isEmpty() && !changes.assets()
                && configProblems.isEmpty() && templateProblems.isEmpty() && !files.hasProblems();
    }

    /** Empty when a patch cannot show the changes: the day changed, or see {@link SiteModelPatch}. */
    private Optional<ModelChange> patchModel() {
        SiteModel model = views.model();
        LocalDate today = SiteModelBuilder.today(model.config(), clock);
        return today.equals(viewsDay) ? SiteModelPatch.patch(model, files, files.changedPapers(),
                files.changedDigests(), drafts, today) : Optional.empty();
    }

    private Rebuild rebuildPatched(ModelChange change, long start) throws IOException {
        SiteViews.Patch patch = views.patched(change, related.listsAfter(change));
        views = patch.views();
        SiteInfo site = SiteInfo.of(change.after().config());
        PlanChange plan = RenderPlan.replan(views, patch.stale(), site, planned::get);
        plan.jobs().forEach(job -> planned.put(job.path(), job));
        plan.removed().forEach(planned::remove);
        Optional<Rebuild> failed = readShownFiles(change.after());
        if (failed.isPresent()) {
            return failed.get();
        }
        List<RenderJob> affected = plan.jobs().stream().filter(job -> !job.equals(written.get(job.path())))
                .toList();
        return render(site, affected, plan.removed(), false, start);
    }

    private Rebuild rebuildAll(Changes changes, Diagnostics diagnostics, long start) throws IOException {
        files.reportProblems(diagnostics);
        Optional<SiteModel> model = config.flatMap(loaded -> SiteModelBuilder.build(files.content(), loaded,
                files.unreadablePapers(), drafts, clock, diagnostics));
        if (diagnostics.hasErrors() || model.isEmpty()) {
            related.cancel();
            return new Rebuild.Failed(diagnostics.formatted());
        }
        RelatedPaperLists lists = related.listsFor(model.get());
        views = views == null ? SiteViews.of(model.get(), markdown, lists)
                : SiteViews.reusing(views, model.get(), markdown, lists);
        viewsDay = SiteModelBuilder.today(model.get().config(), clock);
        SiteInfo site = SiteInfo.of(model.get().config());
        List<RenderJob> jobs = RenderPlan.plan(views, site);
        planned.clear();
        jobs.forEach(job -> planned.put(job.path(), job));
        Optional<Rebuild> failed = readShownFiles(model.get());
        if (failed.isPresent()) {
            return failed.get();
        }
        boolean firstBuild = written.isEmpty();
        List<RenderJob> affected = everythingChanged(jobs) ? jobs : affected(jobs);
        List<String> gone = written.keySet().stream().filter(path -> !planned.containsKey(path)).toList();
        return render(site, affected, gone, changes.assets() || firstBuild, start);
    }

    /**
     * Checks the site links of the notes against the plan and reads the files they show; a failure, with the
     * errors, if a link points nowhere. The views and plan are then remade in full by the next rebuild.
     */
    private Optional<Rebuild> readShownFiles(SiteModel model) {
        Diagnostics diagnostics = new Diagnostics();
        shownFiles = ShownFiles.read(layout, model, planned.keySet(), diagnostics);
        if (!diagnostics.hasErrors()) {
            return Optional.empty();
        }
        related.cancel();
        renderAll = true;
        return Optional.of(new Rebuild.Failed(diagnostics.formatted()));
    }

    /** Renders the affected jobs and deletes the pages gone; on success, the output shows every change. */
    private Rebuild render(SiteInfo site, List<RenderJob> affected, List<String> gone, boolean writeAssets,
            long start) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Urls helper = new Urls(views.model().config().baseUrl(), false, Assets.paths(assets), SitePaths.HOME)
                .servedAtRoot();
        new Renderer(engine, site, helper).render(affected, output, diagnostics);
        if (diagnostics.hasErrors()) {
            related.cancel();
            affected.forEach(job -> unsure.add(job.path()));
            return new Rebuild.Failed(diagnostics.formatted());
        }
        if (writeAssets) {
            writeAssets();
        }
        writeShownFiles();
        output.delete(gone);
        gone.forEach(written::remove);
        // Unaffected jobs keep their previous, equal instance: the new ones die young, which keeps GC cheap.
        affected.forEach(job -> written.put(job.path(), job));
        pendingInputs.clear();
        unsure.clear();
        renderAll = false;
        files.forgetChanges();
        related.startPending();
        List<String> urls = output.takeChanged().stream().map(LiveSite::url).toList();
        return new Rebuild.Done(urls, affected.size(), written.size() + assets.size(),
                Duration.ofNanos(System.nanoTime() - start), related.stale());
    }

    /** Re-reads what changed; the problems of config and content files stay with them until they are read again. */
    private void read(Changes changes, Diagnostics diagnostics) throws IOException {
        if (changes.config()) {
            Diagnostics problems = new Diagnostics();
            Optional<SiteConfig> loaded = new SiteConfigLoader(yaml).load(layout.root(), problems);
            if (!loaded.equals(config)) {
                pendingInputs.add(SiteConfigLoader.FILE);
            }
            config = loaded;
            configProblems = problems;
        }
        diagnostics.addAll(configProblems);
        if (changes.rescan()) {
            files.readAll(diagnostics);
            renderAll = true;
        } else {
            changes.contentFiles().forEach(files::update);
        }
        if (engine == null || changes.anyTemplate() || !changes.templates().isEmpty() || changes.assets()) {
            templateProblems = new Diagnostics();
            layout.files().reportOutside(layout.templates(), templateProblems);
        }
        diagnostics.addAll(templateProblems);
        if (engine == null || changes.anyTemplate() || !changes.templates().isEmpty()) {
            // A new engine, since FreeMarker's template cache would notice edits only seconds later.
            engine = new TemplateEngine(layout.templates(), layout.files());
            renderAll |= changes.anyTemplate();
            changes.templates().forEach(name -> pendingInputs.add(TEMPLATES + name));
        }
        if (changes.assets()) {
            List<Asset> collected = Assets.collect(layout.templates(), layout.files());
            renderAll |= !Assets.paths(collected).equals(Assets.paths(assets));
            assets = collected;
        }
    }

    /**
     * Whether a change every page depends on happened. A changed template that is no job's own (a layout or a
     * partial) is one, since any page may include it.
     */
    private boolean everythingChanged(List<RenderJob> jobs) {
        if (renderAll || written.isEmpty()) {
            return true;
        }
        Set<String> templates = pendingInputs.stream().filter(input -> input.startsWith(TEMPLATES))
                .collect(Collectors.toSet());
        return !templates.isEmpty() && !jobs.stream().map(job -> TEMPLATES + job.format().template())
                .collect(Collectors.toSet()).containsAll(templates);
    }

    /**
     * The jobs new or unlike the version last written (view, metadata, inputs), that read a changed template or
     * config, or that a failed render attempted. Views are records compared by value, so a page that shows changed
     * content is unlike its last version.
     */
    private List<RenderJob> affected(List<RenderJob> jobs) {
        return jobs.parallelStream()
                .filter(job -> !job.equals(written.get(job.path())) || unsure.contains(job.path())
                        || !pendingInputs.isEmpty() && !Collections.disjoint(job.inputs(), pendingInputs))
                .toList();
    }

    /** Writes the assets, and deletes every file that is neither a planned page nor an asset. */
    private void writeAssets() throws IOException {
        for (Asset asset : assets) {
            output.write(asset.path(), asset.bytes());
        }
        Set<String> keep = new HashSet<>(planned.keySet());
        assets.forEach(asset -> keep.add(asset.path()));
        shownFiles.forEach(file -> keep.add(file.path()));
        output.deleteAllBut(keep);
    }

    /** Writes the files the notes show (only those whose bytes changed), and deletes those no longer shown. */
    private void writeShownFiles() throws IOException {
        Set<String> paths = new HashSet<>();
        for (Asset file : shownFiles) {
            output.write(file.path(), file.bytes());
            paths.add(file.path());
        }
        output.delete(writtenShownFiles.stream().filter(path -> !paths.contains(path)).toList());
        writtenShownFiles = paths;
    }

    /** The URL path a page is requested at: folders for {@code index.html}, as the reload script compares. */
    private static String url(String outputPath) {
        String index = "index.html";
        boolean page = outputPath.equals(index) || outputPath.endsWith("/" + index);
        return "/" + (page ? outputPath.substring(0, outputPath.length() - index.length()) : outputPath);
    }
}
