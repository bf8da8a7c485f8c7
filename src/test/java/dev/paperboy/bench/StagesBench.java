package dev.paperboy.bench;

import dev.paperboy.content.PaperReader;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.listing.ListingParser;
import dev.paperboy.listing.ListingYear;
import dev.paperboy.listing.SyntheticListing;
import dev.paperboy.render.FlexmarkMarkdown;
import dev.paperboy.render.OutputFormat;
import dev.paperboy.render.RenderJob;
import dev.paperboy.site.NoteSource;
import dev.paperboy.themes.PaperText;
import dev.paperboy.themes.SimilarPapers;
import dev.paperboy.themes.SyntheticCorpus;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot stages of a build, each on input shaped like the bench corpus. Run with bench/jmh.sh. Template and
 * feed rendering go through {@link dev.paperboy.render.Renderer} (its pool of all cores), writing nowhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StagesBench {
    private byte[] listing;
    private PaperReader papers;
    private String paperFile;
    private FlexmarkMarkdown markdown;
    private List<PaperText> texts;
    private BenchSite site;
    private List<RenderJob> paperPages;
    private List<RenderJob> feeds;

    @Setup
    public void setUp() throws IOException {
        listing = SyntheticListing.generate(1_000, 42).getBytes(StandardCharsets.UTF_8);
        papers = new PaperReader(new YamlReader());
        paperFile = BenchSite.paperFile(1, "2024-05-01");
        markdown = new FlexmarkMarkdown();
        texts = new SyntheticCorpus().papers(1_000);
        Path root = Files.createTempDirectory("paperboy-jmh");
        site = BenchSite.write(root, 500);
        paperPages = site.jobs.stream().filter(job -> job.format() == OutputFormat.PAPER).toList();
        feeds = site.jobs.stream().filter(job -> job.format().kind() == OutputFormat.Kind.FEED).toList();
    }

    /** Parse a listing of 1,000 entries. */
    @Benchmark
    public Object listingParse1k() {
        return ListingParser.parse("listing.md", listing, new ListingYear(2025, "bench"), new Diagnostics());
    }

    /** Split, parse and validate one paper file (front matter with a 1.5 KB abstract, notes). */
    @Benchmark
    public Object frontMatterLoad() {
        return papers.read("p1", "content/papers/p1.md", paperFile, new Diagnostics());
    }

    /** One paper's curator notes, of the shape {@code SubsetMarkdown} renders without Flexmark. */
    @Benchmark
    public Object markdownRender() {
        return markdown.render(BenchSite.NOTES, 3, NoteSource.paper("bench"));
    }

    /** Related papers among 1,000 abstracts. */
    @Benchmark
    public Object relatedPapers1k() {
        return SimilarPapers.compute(texts, SimilarPapers.DEFAULT_MAX_RELATED, SimilarPapers.DEFAULT_THRESHOLD);
    }

    /** Render the 500 paper pages of the site (FreeMarker, into memory). */
    @Benchmark
    public long templateRender500Papers() {
        return render(paperPages);
    }

    /** Render every feed of the site: RSS and Atom of the 50 newest, digests feed, theme feeds. */
    @Benchmark
    public long feedWrite() {
        return render(feeds);
    }

    private long render(List<RenderJob> jobs) {
        LongAdder bytes = new LongAdder();
        Diagnostics diagnostics = new Diagnostics();
        site.renderer.render(jobs, (path, content) -> bytes.add(content.length), diagnostics);
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException(diagnostics.formatted().toString());
        }
        return bytes.sum();
    }
}
