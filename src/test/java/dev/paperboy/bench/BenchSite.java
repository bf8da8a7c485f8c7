package dev.paperboy.bench;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.Content;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.publish.Assets;
import dev.paperboy.publish.TestSite;
import dev.paperboy.render.FlexmarkMarkdown;
import dev.paperboy.render.RenderJob;
import dev.paperboy.render.RenderPlan;
import dev.paperboy.render.Renderer;
import dev.paperboy.render.SiteInfo;
import dev.paperboy.render.TemplateEngine;
import dev.paperboy.render.Urls;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.SiteModel;
import dev.paperboy.site.SiteModelBuilder;
import dev.paperboy.site.SitePaths;
import dev.paperboy.site.SiteViews;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A site of papers shaped like the shared bench corpus, written to a folder and loaded up to its render jobs. */
final class BenchSite {
    static final String NOTES = """
            *Curator note:* Our method improves **strong baselines** on 5 benchmarks, improving calibration by 7%.
            See [the code](https://example.org/code) and `train.py`.

            Key takeaways:

            - Weakness: sparse kernel on tool use
            - Strength: hierarchical transformer on summarization
            """;
    static final String ABSTRACT = "Experiments with models from 3B parameters show consistent gains. ".repeat(23);
    /** 22 names, the bench corpus's mean, with its accents and apostrophes. */
    static final String AUTHORS = String.join(", ", Collections.nCopies(2,
            "\"Maeve García\", \"Linh Smith\", \"Piotr Kowalski\", \"Giulia Müller\", \"Ana Tanaka\", "
                    + "\"Wei Nguyen\", \"Jonas Chen\", \"Chidi Okafor\", \"Yuki O'Brien\", \"Sam Rossi\", "
                    + "\"Ana Chen\""));

    final List<RenderJob> jobs;
    final Renderer renderer;

    private BenchSite(List<RenderJob> jobs, Renderer renderer) {
        this.jobs = jobs;
        this.renderer = renderer;
    }

    /** The text of paper number {@code i}, front matter and notes, as the bench corpus has them. */
    static String paperFile(int i, String digest) {
        return "---\ntitle: \"Paper " + i + ": Evaluating Adaptive Decoders on Navigation\"\npublished: 2024-05-01\n"
                + "digests: [" + digest + "]\nthemes: [rl, optimization]\narxiv_id: \"2405." + String.format("%05d", i)
                + "\"\nauthors: [" + AUTHORS + "]\nupvotes: 5\n"
                + "organization:\n  account: org" + i + "\n  name: Org " + i + "\nabstract: \"Paper " + i + ". " + ABSTRACT + "\"\n"
                + "code_url: https://github.com/example/p" + i + "\n---\n\n" + NOTES;
    }

    static BenchSite write(Path root, int papers) throws IOException {
        TestSite site = TestSite.in(root);
        for (int i = 0; i < papers; i++) {
            String digest = "2024-05-" + String.format("%02d", 1 + i % 28);
            site.file("content/papers/p" + i + ".md", paperFile(i, digest));
        }
        for (int day = 1; day <= 28; day++) {
            StringBuilder list = new StringBuilder();
            for (int i = day - 1; i < papers; i += 28) {
                list.append(list.length() == 0 ? "" : ", ").append('p').append(i);
            }
            site.digest("2024-05-" + String.format("%02d", day), list.toString());
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteLayout layout = new SiteLayout(root);
        YamlReader yaml = new YamlReader();
        SiteConfig config = new SiteConfigLoader(yaml).load(root, diagnostics).orElseThrow();
        Content content = ContentStore.read(yaml, layout, diagnostics);
        SiteModel model = SiteModelBuilder.build(content, config, Set.of(), false, TestSite.CLOCK, diagnostics)
                .orElseThrow(() -> new IllegalStateException(diagnostics.formatted().toString()));
        SiteViews views = SiteViews.of(model, new FlexmarkMarkdown(), new RelatedPaperLists(Map.of()));
        SiteInfo info = SiteInfo.of(config);
        Renderer renderer = new Renderer(new TemplateEngine(layout.templates(), layout.files()), info,
                new Urls(config.baseUrl(), false, Assets.paths(Assets.collect(layout.templates(), layout.files())),
                        SitePaths.HOME));
        return new BenchSite(RenderPlan.plan(views, info), renderer);
    }
}
