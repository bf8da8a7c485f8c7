package dev.paperboy.render;

import dev.paperboy.content.DigestReader;
import dev.paperboy.content.PaperReader;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.render.internal.SubsetMarkdown;
import dev.paperboy.site.Html;
import dev.paperboy.site.NoteSource;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A check by hand over a whole site, too slow for every test run: how many of its curator notes and digest
 * intros {@link SubsetMarkdown} renders, and that each of those is exactly what Flexmark gives. Run with
 * {@code java -cp target/test-classes:target/classes:<dependencies> dev.paperboy.render.SubsetMarkdownCorpusCheck
 * <site folder>...}; exits 1 on the first difference.
 */
final class SubsetMarkdownCorpusCheck {
    private SubsetMarkdownCorpusCheck() {
    }

    public static void main(String[] args) throws IOException {
        FlexmarkMarkdown flexmark = new FlexmarkMarkdown();
        for (String site : args) {
            List<String> texts = texts(Path.of(site, "content"));
            int accepted = 0;
            for (String markdown : texts) {
                Optional<Html> subset = SubsetMarkdown.render(markdown);
                if (subset.isPresent()) {
                    accepted++;
                    Html expected = flexmark.renderWithFlexmark(markdown, 3, NoteSource.paper("x"));
                    if (!expected.equals(subset.get())) {
                        System.out.printf("differs:%n%s%nFlexmark: %s%nsubset:   %s%n", markdown, expected, subset.get());
                        System.exit(1);
                    }
                }
            }
            System.out.printf("%s: %d of %d non-blank notes and intros in the subset, all as Flexmark%n",
                    site, accepted, texts.size());
        }
    }

    private static List<String> texts(Path content) throws IOException {
        YamlReader yaml = new YamlReader();
        PaperReader papers = new PaperReader(yaml);
        DigestReader digests = new DigestReader(yaml);
        Diagnostics diagnostics = new Diagnostics();
        List<String> texts = new ArrayList<>();
        for (Path file : markdownFiles(content.resolve("papers"))) {
            papers.read(slug(file), file.toString(), Files.readString(file), diagnostics)
                    .ifPresent(paper -> texts.add(paper.notes()));
        }
        for (Path file : markdownFiles(content.resolve("digests"))) {
            digests.read(slug(file), file.toString(), Files.readString(file), diagnostics)
                    .ifPresent(digest -> texts.add(digest.intro()));
        }
        texts.removeIf(String::isBlank);
        return texts;
    }

    private static List<Path> markdownFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static String slug(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }
}
