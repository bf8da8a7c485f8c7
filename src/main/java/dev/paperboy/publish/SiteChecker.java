package dev.paperboy.publish;

import dev.paperboy.content.ContentStore;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.StageFailedException;
import dev.paperboy.render.NoteChecks;
import dev.paperboy.site.RelatedPapersFinder;
import dev.paperboy.site.SiteModelBuilder;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code paperboy check}: validates content (the build's own load stage, plus warnings for likely mistakes in the
 * content it reads and for what the sanitizer removes from notes), then renders the whole site as a build would and
 * checks every page and feed as it is rendered ({@link OutputCheck}), JSON-LD blocks and .bib files included, and
 * counts the papers without an arXiv identifier. Writes no file: site/ is never touched.
 */
public final class SiteChecker {
    /** How output files are named in messages: where {@code paperboy build} would write them. */
    static final String OUTPUT_LABEL = "site/";

    private final RelatedPapersFinder related;

    public SiteChecker(RelatedPapersFinder related) {
        this.related = related;
    }

    /** Checks what a build with these options would produce (its output folder is not used). */
    public CheckResult check(BuildOptions options, Diagnostics diagnostics) throws IOException {
        SiteLayout layout = new SiteLayout(options.siteDir());
        // The build reports errors of the folders' files; these listings only count them.
        Diagnostics reportedByTheBuild = new Diagnostics();
        int papers = ContentStore.markdownFiles(layout, layout.papers(), reportedByTheBuild).size();
        int digests = ContentStore.markdownFiles(layout, layout.digests(), reportedByTheBuild).size();
        AtomicInteger withoutArxivId = new AtomicInteger();
        try {
            OutputCheck output = new SiteBuilder(related).renderAll(options, (content, config) -> {
                ContentWarnings.report(content, config.map(loaded -> SiteModelBuilder.today(loaded, options.clock())),
                        diagnostics);
                new NoteChecks().reportRemoved(content, diagnostics);
                withoutArxivId.set((int) content.papers().stream().filter(paper -> paper.arxivId() == null).count());
            }, planned -> new OutputCheck(OUTPUT_LABEL, planned), diagnostics);
            OutputCheck.Counts counts = output.report(diagnostics);
            return new CheckResult(true, papers, withoutArxivId.get(), digests, counts.pages(), counts.feeds(),
                    counts.bibFiles());
        } catch (StageFailedException e) {
            return new CheckResult(false, papers, withoutArxivId.get(), digests, 0, 0, 0);
        }
    }
}
