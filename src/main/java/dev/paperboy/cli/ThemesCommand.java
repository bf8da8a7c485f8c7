package dev.paperboy.cli;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.SiteConfigLoader;
import dev.paperboy.content.Content;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.content.ThemeAssignment;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.themes.PaperText;
import dev.paperboy.themes.Suggestion;
import dev.paperboy.themes.TaxonomyAssigner;
import dev.paperboy.themes.ThemeSuggester;
import dev.paperboy.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy themes assign|suggest}: theme assignment and theme suggestions over content/papers. */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "Assign papers to the site's themes, or suggest new themes.",
        subcommands = {ThemesCommand.Assign.class, ThemesCommand.Suggest.class})
final class ThemesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: assign or suggest");
    }

    /** Options every themes subcommand shares. */
    static class SiteOptions {
        @Option(names = "-C", paramLabel = "DIR", description = "The site folder (default: current folder).")
        Path siteDir = Path.of(".");

        @Option(names = "--verbose", description = "Show stack traces of internal errors.")
        boolean verbose;

        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec spec;

        private YamlReader yaml;

        /** Made on first use: picocli creates every command's options up front, even for --version. */
        YamlReader yaml() {
            if (yaml == null) {
                yaml = new YamlReader();
            }
            return yaml;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** Prints the problems of the run and returns the exit code they call for. */
        int report(Diagnostics diagnostics) {
            diagnostics.formatted().forEach(spec.commandLine().getErr()::println);
            return diagnostics.hasErrors() ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
        }

        Optional<SiteConfig> config(Diagnostics diagnostics) {
            return new SiteConfigLoader(yaml()).load(new SiteLayout(siteDir).root(), diagnostics);
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Re-run theme assignment on papers whose themes the curator has not changed "
                    + "(all papers with --all), and print what changes.")
    static final class Assign implements Callable<Integer> {
        @CommandLine.Mixin
        SiteOptions site;

        @Option(names = "--all", description = "Also reassign papers whose themes the curator set.")
        boolean all;

        @Option(names = "--dry-run", description = "Print what would change; write nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = site.out();
            Diagnostics diagnostics = new Diagnostics();
            Optional<SiteConfig> config = site.config(diagnostics);
            if (config.isEmpty()) {
                return site.report(diagnostics);
            }
            List<ThemeAssignment.Outcome> outcomes = new ThemeAssignment(site.yaml())
                    .run(new SiteLayout(site.siteDir), TaxonomyAssigner.of(config.get()), all, dryRun, diagnostics);
            int changed = 0;
            int none = 0;
            int curated = 0;
            for (ThemeAssignment.Outcome outcome : outcomes) {
                if (outcome.changed()) {
                    changed++;
                    out.println(outcome.file() + ": " + outcome.before() + " -> " + outcome.after());
                }
                curated += outcome.curated() ? 1 : 0;
                none += outcome.after().isEmpty() ? 1 : 0;
            }
            out.println(String.format(Locale.ROOT, "%s %d of %d papers; %d kept as the curator set them;"
                    + " %d with no theme (%.1f %%)", dryRun ? "would change" : "changed", changed, outcomes.size(),
                    curated, none, outcomes.isEmpty() ? 0.0 : 100.0 * none / outcomes.size()));
            return site.report(diagnostics);
        }
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Cluster the papers (TF-IDF, k-means) and print candidate themes with their papers.")
    static final class Suggest implements Callable<Integer> {
        @CommandLine.Mixin
        SiteOptions site;

        @Option(names = "--k", paramLabel = "N", description = "Number of clusters (default: sqrt(papers / 2)).")
        Integer k;

        @Override
        public Integer call() {
            if (k != null && k < 1) {
                throw new CommandLine.ParameterException(site.spec.commandLine(), "--k must be at least 1");
            }
            PrintWriter out = site.out();
            Diagnostics diagnostics = new Diagnostics();
            site.config(diagnostics);
            Content content = ContentStore.read(site.yaml(), new SiteLayout(site.siteDir), diagnostics);
            if (site.report(diagnostics) != ExitCodes.OK) {
                return ExitCodes.CONTENT_ERROR;
            }
            List<PaperText> texts = content.papers().stream()
                    .map(paper -> new PaperText(paper.slug(), paper.title(), paper.abstractText(), paper.notes()))
                    .toList();
            if (texts.size() < 2) {
                out.println("need at least 2 papers to suggest themes, found " + texts.size());
                return ExitCodes.OK;
            }
            Map<String, List<String>> themes = new TreeMap<>();
            content.papers().forEach(paper -> themes.put(paper.slug(), paper.themes()));
            int clusters = Math.min(k == null ? ThemeSuggester.defaultClusterCount(texts.size()) : k, texts.size());
            List<Suggestion> suggestions = ThemeSuggester.suggest(texts, themes, clusters);
            for (int i = 0; i < suggestions.size(); i++) {
                print(out, i + 1, suggestions.get(i));
            }
            return ExitCodes.OK;
        }

        private static void print(PrintWriter out, int number, Suggestion suggestion) {
            out.println(String.format(Locale.ROOT, "%d. \"%s\" (%d papers)", number, suggestion.proposedName(),
                    suggestion.paperSlugs().size()));
            out.println("   top terms: " + String.join(", ", suggestion.topTerms()));
            StringBuilder overlap = new StringBuilder();
            suggestion.overlapWithThemes().forEach((theme, count) -> overlap.append(overlap.isEmpty() ? "" : ", ")
                    .append(theme).append(" (").append(count).append(')'));
            out.println("   overlaps: " + (overlap.isEmpty() ? "no existing theme" : overlap));
            out.println("   papers: " + String.join(", ", suggestion.paperSlugs()));
        }
    }
}
