package dev.paperboy.publish;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.Content;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.render.OutputFormat;
import dev.paperboy.render.RenderJob;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code paperboy build}: one update of a {@link SiteEngine} that starts from the last build's {@link BuildCache},
 * rendered into a staging folder that is swapped in only if nothing failed; and the same for {@code check}, into a
 * sink that checks every file.
 */
public final class SiteBuilder {
    private final RelatedPapersFinder related;
    private final String tool;

    public SiteBuilder(RelatedPapersFinder related) {
        this(related, SiteKey.tool());
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
        BuildCache cache = BuildCache.load(out, tool);
        KeptRelatedLists lists = new KeptRelatedLists(related, cache);
        SiteEngine engine = new SiteEngine(layout, EngineSettings.of(options), tool, lists, cache.notes(),
                cache.pages());
        SiteEngine.Update plan = plan(engine, options, times, diagnostics);

        OutputFolder folder = OutputFolder.open(out, previous, previouslyWritten(out));
        try {
            if (engine.render(plan, folder, times, diagnostics).isEmpty()) {
                folder.abort();
                throw new StageFailedException("build", diagnostics);
            }
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
        cache.delete();
        folder.commit();
        cache.save(engine.markdown().used(), lists.toKeep(), engine.keys().entries(engine.outputPaths()));
        times.lap("commit");
        List<RenderJob> jobs = plan.jobs();
        return new BuildResult(out, count(jobs, OutputFormat.Kind.PAGE), count(jobs, OutputFormat.Kind.FEED),
                folder.files(), folder.changed(), times, engine.templateTimes());
    }

    /**
     * Renders every page, feed and asset of the site into a sink instead of an output folder, for {@code check}:
     * no file is written. The build cache of the site's output is read (Markdown renders, related lists), never
     * written; its page keys are not, so every file is rendered and checked.
     *
     * @param contentRead is given the content as soon as it is read, before it is validated, and the site's
     *                    configuration if it could be read
     * @param sinkFor     makes the sink from what the build is about to write
     * @return the sink, once everything was written to it
     */
    <S extends PageOutput> S renderAll(BuildOptions options, BiConsumer<Content, Optional<SiteConfig>> contentRead,
            Function<ExpectedOutput, S> sinkFor, Diagnostics diagnostics) throws StageFailedException, IOException {
        SiteLayout layout = new SiteLayout(options.siteDir());
        BuildCache cache = BuildCache.load(output(layout, options), tool);
        SiteEngine engine = new SiteEngine(layout, EngineSettings.of(options), tool,
                new KeptRelatedLists(related, cache), cache.notes(), Map.of());
        SiteEngine.Update plan;
        try {
            plan = plan(engine, options, new StageTimes(), diagnostics);
        } finally {
            contentRead.accept(engine.store().content(), engine.config());
        }
        S sink = sinkFor.apply(new ExpectedOutput(plan.model().config(), engine.outputPaths()));
        if (engine.render(plan, sink, new StageTimes(), diagnostics).isEmpty()) {
            throw new StageFailedException("build", diagnostics);
        }
        return sink;
    }

    /** Reads and validates everything, reporting every error of every file before giving up, and plans the jobs. */
    private static SiteEngine.Update plan(SiteEngine engine, BuildOptions options, StageTimes times,
            Diagnostics diagnostics) throws StageFailedException, IOException {
        Optional<SiteEngine.Update> plan = engine.plan(Changes.all(), times, diagnostics);
        engine.config().ifPresent(loaded -> warnAboutLocalBaseUrl(loaded.baseUrl(), options, diagnostics));
        return plan.filter(planned -> !diagnostics.hasErrors())
                .orElseThrow(() -> new StageFailedException("build", diagnostics));
    }

    private static Path output(SiteLayout layout, BuildOptions options) {
        return options.outDir() == null ? layout.defaultOutput() : options.outDir().toAbsolutePath().normalize();
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
