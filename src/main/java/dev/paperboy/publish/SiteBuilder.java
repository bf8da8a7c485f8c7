package dev.paperboy.publish;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.Content;
import dev.paperboy.content.ContentLoader;
import dev.paperboy.content.Paper;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.render.FlexmarkMarkdown;
import dev.paperboy.render.OutputFormat;
import dev.paperboy.render.PageSink;
import dev.paperboy.render.RenderJob;
import dev.paperboy.render.RenderPlan;
import dev.paperboy.render.Renderer;
import dev.paperboy.render.SiteInfo;
import dev.paperboy.render.TemplateEngine;
import dev.paperboy.render.Urls;
import dev.paperboy.site.Citation;
import dev.paperboy.site.Html;
import dev.paperboy.site.PaperCard;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.site.SiteModel;
import dev.paperboy.site.SiteModelBuilder;
import dev.paperboy.site.SitePaths;
import dev.paperboy.site.SiteViews;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code paperboy build}: load and validate everything (collecting all errors), plan the render jobs, render them
 * in parallel into a staging folder, and swap it in only if nothing failed. Pages whose inputs did not change
 * since the last build are not rendered again (see {@link BuildCache}).
 */
public final class SiteBuilder {
    private final RelatedPapersFinder related;
    private final String tool;

    public SiteBuilder(RelatedPapersFinder related) {
        this(related, BuildKey.tool());
    }

    /** @param tool identifies the tool's code and built-in templates; the build cache is trusted only by the same */
    SiteBuilder(RelatedPapersFinder related, String tool) {
        this.related = related;
        this.tool = tool;
    }

    public BuildResult build(BuildOptions options, Diagnostics diagnostics) throws StageFailedException,
            IOException {
        StageTimes times = new StageTimes();
        SiteLayout layout = new SiteLayout(options.siteDir());
        Path out = output(layout, options);
        checkOutput(layout, out, options.force(), diagnostics);
        PreviousFiles previous = diagnostics.hasErrors() ? null : PreviousFiles.of(out);
        SiteModel model = load(layout, options, (content, config) -> { }, diagnostics)
                .orElseThrow(() -> new StageFailedException("build", diagnostics));
        times.lap("load");

        BuildCache cache = BuildCache.load(out, tool);
        Rendering rendering = prepare(layout, options, model, cache, times, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new StageFailedException("build", diagnostics);
        }
        byte[] buildKey = BuildKey.of(tool, layout, options, Assets.paths(rendering.assets()));
        // Shared by many views: a card by its paper's listings, a citation by its paper's, digests' and themes' .bib.
        PageCache pages = new PageCache(buildKey, cache.pages(buildKey),
                Set.of(PaperCard.class, Html.class, Citation.class));
        pages.knowRenders(rendering.markdown().used());

        OutputFolder folder = OutputFolder.open(out, previous, previouslyWritten(out));
        try {
            rendering.writeAssets(folder);
            List<RenderJob> stale = pages.stale(rendering.jobs(), folder);
            times.lap("cache check");
            rendering.renderer().render(stale, pages.recording(folder), diagnostics);
            times.lap("render");
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
        if (diagnostics.hasErrors()) {
            folder.abort();
            throw new StageFailedException("build", diagnostics);
        }
        cache.delete();
        folder.commit();
        cache.save(rendering.markdown().used(), rendering.related(), buildKey, pages.entries());
        times.lap("commit");
        List<RenderJob> jobs = rendering.jobs();
        return new BuildResult(out, count(jobs, OutputFormat.Kind.PAGE), count(jobs, OutputFormat.Kind.FEED),
                folder.files(), folder.changed(), times, rendering.renderer().times());
    }

    /**
     * Renders every page, feed and asset of the site into a sink instead of an output folder, for {@code check}:
     * no file is written. The build cache of the site's output is read (Markdown renders, related lists), never
     * written.
     *
     * @param contentRead is given the content as soon as it is read, before it is validated, and the site's
     *                    configuration if it could be read
     * @param sinkFor     makes the sink from what the build is about to write
     * @return the sink, once everything was written to it
     */
    <S extends PageSink> S renderAll(BuildOptions options, BiConsumer<Content, Optional<SiteConfig>> contentRead,
            Function<PlannedOutput, S> sinkFor, Diagnostics diagnostics) throws StageFailedException, IOException {
        SiteLayout layout = new SiteLayout(options.siteDir());
        SiteModel model = load(layout, options, contentRead, diagnostics)
                .orElseThrow(() -> new StageFailedException("build", diagnostics));
        Rendering rendering = prepare(layout, options, model, BuildCache.load(output(layout, options), tool),
                new StageTimes(), diagnostics);
        if (diagnostics.hasErrors()) {
            throw new StageFailedException("build", diagnostics);
        }
        Set<String> files = new HashSet<>();
        rendering.assets().forEach(asset -> files.add(asset.path()));
        rendering.shownFiles().forEach(file -> files.add(file.path()));
        rendering.jobs().forEach(job -> files.add(job.path()));
        S sink = sinkFor.apply(new PlannedOutput(model.config(), files));
        rendering.writeAssets(sink);
        rendering.renderer().render(rendering.jobs(), sink, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new StageFailedException("build", diagnostics);
        }
        return sink;
    }

    /**
     * What a build renders, made from the model: assets, the files notes show ({@link ShownFiles}), render jobs and
     * the renderer for them.
     */
    private record Rendering(List<Asset> assets, List<Asset> shownFiles, MarkdownCache markdown,
            Optional<BuildCache.KeptLists> related, List<RenderJob> jobs, Renderer renderer) {
        void writeAssets(PageSink sink) throws IOException {
            for (Asset asset : assets) {
                sink.write(asset.path(), asset.bytes());
            }
            for (Asset file : shownFiles) {
                sink.write(file.path(), file.bytes());
            }
        }
    }

    /**
     * Views (rendered notes, related lists) and render jobs of the model, reusing what the cache holds; reports
     * links in notes to pages the plan does not hold or files that are missing.
     */
    private Rendering prepare(SiteLayout layout, BuildOptions options, SiteModel model, BuildCache cache,
            StageTimes times, Diagnostics diagnostics) throws IOException {
        SiteConfig config = model.config();
        List<Asset> assets = Assets.collect(layout.templates(), layout.files());
        MarkdownCache markdown = new MarkdownCache(new FlexmarkMarkdown(), cache.notes());
        Optional<byte[]> relatedKey = RelatedListsKey.of(related, model);
        RelatedPaperLists relatedLists = relatedKey.flatMap(cache::related)
                .orElseGet(() -> RelatedPaperLists.find(related, model));
        SiteViews views = SiteViews.of(model, markdown, relatedLists);
        times.lap("notes and related papers");
        SiteInfo site = SiteInfo.of(config);
        List<RenderJob> jobs = RenderPlan.plan(views, site);
        List<Asset> shownFiles = ShownFiles.read(layout, model,
                jobs.stream().map(RenderJob::path).collect(Collectors.toSet()), diagnostics);
        times.lap("plan");
        Renderer renderer = new Renderer(new TemplateEngine(layout.templates(), layout.files()), site,
                new Urls(config.baseUrl(), options.indexLinks(), Assets.paths(assets), SitePaths.HOME));
        return new Rendering(assets, shownFiles, markdown,
                relatedKey.map(key -> new BuildCache.KeptLists(key, relatedLists)), jobs, renderer);
    }

    private static Path output(SiteLayout layout, BuildOptions options) {
        return options.outDir() == null ? layout.defaultOutput() : options.outDir().toAbsolutePath().normalize();
    }

    /** Reads config and content and validates them, reporting every error of every file before giving up. */
    private static Optional<SiteModel> load(SiteLayout layout, BuildOptions options,
            BiConsumer<Content, Optional<SiteConfig>> contentRead, Diagnostics diagnostics) {
        YamlReader yaml = new YamlReader();
        Optional<SiteConfig> config = new SiteConfigLoader(yaml).load(layout.root(), diagnostics);
        if (options.baseUrl() != null && SiteConfigLoader.checkBaseUrl(options.baseUrl(),
                SourcePos.of("--base-url"), diagnostics)) {
            config = config.map(loaded -> loaded.withBaseUrl(options.baseUrl()));
        }
        config.ifPresent(loaded -> warnAboutLocalBaseUrl(loaded.baseUrl(), options, diagnostics));
        Content content = new ContentLoader(yaml).load(layout, diagnostics);
        layout.files().reportOutside(layout.templates(), diagnostics);
        contentRead.accept(content, config);
        // A paper that failed to load reported an error: without one, no need to list 10,000 files again.
        Set<String> unreadable = diagnostics.hasErrors() ? unreadablePapers(layout, content) : Set.of();
        Optional<SiteModel> model = config.flatMap(loaded -> SiteModelBuilder.build(content, loaded, unreadable,
                options.drafts(), options.clock(), diagnostics));
        return diagnostics.hasErrors() ? Optional.empty() : model;
    }

    /** A site published with a base_url of this machine has feeds, sitemap and canonical links that lead nowhere. */
    private static void warnAboutLocalBaseUrl(String baseUrl, BuildOptions options, Diagnostics diagnostics) {
        String host = URI.create(baseUrl).getHost();
        if (host != null && (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("0.0.0.0"))) {
            diagnostics.report(Diagnostic.warning(SourcePos.of(options.baseUrl() == null ? SiteConfigLoader.FILE
                    : "--base-url"), "base_url " + baseUrl + " is this machine: feeds, the sitemap and canonical"
                    + " links of the published site would point at it")
                    .withHint("set base_url to the address the site is published at, or pass --base-url"));
        }
    }

    /** Paper files that exist but failed to load: their own errors are reported, so digests may list them. */
    private static Set<String> unreadablePapers(SiteLayout layout, Content content) {
        Set<String> slugs = new TreeSet<>();
        // Listing the folder again, its problems are reported already.
        for (Path file : ContentLoader.markdownFiles(layout, layout.papers(), new Diagnostics())) {
            String name = file.getFileName().toString();
            slugs.add(name.substring(0, name.length() - ".md".length()));
        }
        content.papers().stream().map(Paper::slug).forEach(slugs::remove);
        return slugs;
    }

    /**
     * Which files of the output folder the last build wrote: those its manifest lists, or all of them in a folder
     * built before manifests were kept (it has a build cache beside it), or none.
     */
    private static Predicate<String> previouslyWritten(Path out) throws IOException {
        Optional<Set<String>> manifest = OutputManifest.read(out);
        if (manifest.isPresent()) {
            return manifest.get()::contains;
        }
        boolean builtBefore = Files.exists(BuildCache.location(out), LinkOption.NOFOLLOW_LINKS);
        return path -> builtBefore;
    }

    /**
     * Refuses output folders that hold the site's own files, and (unless forced) folders holding files no build
     * wrote, since a build replaces what it wrote.
     */
    private static void checkOutput(SiteLayout layout, Path out, boolean force, Diagnostics diagnostics) {
        String label = layout.label(out);
        if (layout.root().startsWith(out) || out.startsWith(layout.content()) || out.startsWith(layout.templates())) {
            diagnostics.error(SourcePos.of(label), "cannot build into this folder: it holds the site's own files",
                    "use the default site/ or another empty folder");
        } else if (Files.exists(out) && !Files.isDirectory(out)) {
            diagnostics.error(SourcePos.of(label), "the output path is a file, not a folder");
        } else if (!force && Files.isDirectory(out) && !isEmpty(out)
                && !Files.exists(OutputManifest.location(out), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(BuildCache.location(out), LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(SourcePos.of(label), "will not build into a folder that holds files Paperboy did not "
                    + "write", "choose an empty or new --out folder, or add --force to build into it anyway: files "
                    + "Paperboy did not write are never deleted");
        }
    }

    private static boolean isEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static int count(List<RenderJob> jobs, OutputFormat.Kind kind) {
        return (int) jobs.stream().filter(job -> job.format().kind() == kind).count();
    }
}
