package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published site, read-only: what the build renders. Built and validated by {@link SiteModelBuilder}.
 *
 * @param digests published digests, oldest first
 * @param papers  published papers (those in at least one published digest), by slug
 * @param themes  every theme of the taxonomy, in its order, with its published papers
 */
public record SiteModel(SiteConfig config, List<DigestEntry> digests, List<PaperEntry> papers,
        List<ThemeEntry> themes) {

    public SiteModel {
        Objects.requireNonNull(config, "config");
        digests = List.copyOf(digests);
        papers = List.copyOf(papers);
        themes = List.copyOf(themes);
    }

    /** An index by slug; build it once and keep it. */
    public Map<String, PaperEntry> papersBySlug() {
        return papers.stream().collect(Collectors.toUnmodifiableMap(entry -> entry.paper().slug(),
                Function.identity()));
    }

    /** The date of the newest published digest: the content date of pages that show the whole site. */
    public Optional<LocalDate> lastDate() {
        return digests.isEmpty() ? Optional.empty() : Optional.of(digests.get(digests.size() - 1).digest().date());
    }
}
