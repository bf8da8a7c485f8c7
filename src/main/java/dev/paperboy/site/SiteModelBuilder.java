package dev.paperboy.site;

import dev.paperboy.config.SiteConfig;
import dev.paperboy.config.ThemeDef;
import dev.paperboy.content.Content;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import dev.paperboy.diag.Diagnostics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Validates content against the site configuration and groups it into a {@link SiteModel}. A digest's
 * {@code papers} list is the truth about membership and order. Every step is one pass over papers or digests.
 */
public final class SiteModelBuilder {
    private SiteModelBuilder() {
    }

    /**
     * Reports every content error (unknown theme, missing paper, duplicate slug) and returns empty if there was
     * any. A digest may list a paper in {@code unreadablePapers} (a file whose own errors were already reported)
     * without a second error. Drafts and digests dated after today (in the site's time zone) are left out unless {@code drafts}.
     */
    public static Optional<SiteModel> build(Content content, SiteConfig config, Set<String> unreadablePapers,
            boolean drafts, Clock clock, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        Map<String, Paper> papers = indexPapers(content.papers(), local);
        Map<String, ThemeDef> themes = themesBySlug(config);
        content.papers().forEach(paper -> checkThemes(paper, themes, local));
        content.digests().forEach(digest -> checkPapers(digest, slug -> papers.containsKey(slug)
                || unreadablePapers.contains(slug), local));
        diagnostics.addAll(local);
        if (local.hasErrors()) {
            return Optional.empty();
        }
        LocalDate today = today(config, clock);
        List<DigestEntry> digests = content.digests().stream()
                .filter(digest -> published(digest, drafts, today))
                .map(digest -> group(digest, papers::get, themes, drafts))
                .toList();
        List<PaperEntry> published = paperEntries(digests);
        return Optional.of(new SiteModel(config, digests, published, themeEntries(config, digests, published)));
    }

    /** The day that decides which digests are future-dated: today in the site's time zone. */
    public static LocalDate today(SiteConfig config, Clock clock) {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }

    static boolean published(Digest digest, boolean drafts, LocalDate today) {
        return drafts || !digest.draft() && !digest.date().isAfter(today);
    }

    static Map<String, ThemeDef> themesBySlug(SiteConfig config) {
        return config.themes().stream()
                .collect(Collectors.toMap(ThemeDef::slug, theme -> theme, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, Paper> indexPapers(List<Paper> papers, Diagnostics diagnostics) {
        Map<String, Paper> bySlug = new HashMap<>();
        for (Paper paper : papers) {
            Paper earlier = bySlug.putIfAbsent(paper.slug(), paper);
            if (earlier != null) {
                diagnostics.error(paper.source().pos(""), "duplicate paper slug \"" + paper.slug() + "\"",
                        "also used by " + earlier.source().file());
            }
        }
        return bySlug;
    }

    static void checkThemes(Paper paper, Map<String, ThemeDef> themes, Diagnostics diagnostics) {
        for (int i = 0; i < paper.themes().size(); i++) {
            String theme = paper.themes().get(i);
            if (!themes.containsKey(theme)) {
                diagnostics.error(paper.source().pos("/themes/" + i), "unknown theme \"" + theme + "\"",
                        themes.isEmpty() ? "content/site.yaml declares no themes"
                                : "known: " + String.join(", ", themes.keySet()));
            }
        }
    }

    /** @param known whether a paper file of this slug exists (maybe unreadable, with its own errors) */
    static void checkPapers(Digest digest, Predicate<String> known, Diagnostics diagnostics) {
        for (int i = 0; i < digest.papers().size(); i++) {
            String slug = digest.papers().get(i);
            if (!known.test(slug)) {
                diagnostics.error(digest.source().pos("/papers/" + i), "paper \"" + slug + "\" is listed but "
                        + "content/papers/" + slug + ".md does not exist");
            }
        }
    }

    /** Groups by each paper's first theme, in taxonomy order, keeping listing order within a group. */
    static DigestEntry group(Digest digest, Function<String, Paper> papers, Map<String, ThemeDef> themes,
            boolean drafts) {
        Map<String, List<Paper>> byTheme = new LinkedHashMap<>();
        themes.keySet().forEach(slug -> byTheme.put(slug, new ArrayList<>()));
        List<Paper> unthemed = new ArrayList<>();
        for (String slug : digest.papers()) {
            Paper paper = papers.apply(slug);
            if (paper == null || paper.draft() && !drafts) {
                continue; // a missing paper was reported, and only happens alongside other errors
            }
            (paper.themes().isEmpty() ? unthemed : byTheme.get(paper.themes().get(0))).add(paper);
        }
        List<ThemedPapers> groups = new ArrayList<>();
        byTheme.forEach((slug, members) -> {
            if (!members.isEmpty()) {
                groups.add(new ThemedPapers(themes.get(slug), members));
            }
        });
        if (!unthemed.isEmpty()) {
            groups.add(new ThemedPapers(null, unthemed));
        }
        return new DigestEntry(digest, groups);
    }

    /** Every paper in a published digest, with its digests and its neighbours in its first digest. */
    private static List<PaperEntry> paperEntries(List<DigestEntry> digests) {
        Map<String, List<Digest>> appearances = new HashMap<>();
        Map<String, FirstPlace> firstPlaces = new HashMap<>();
        Map<String, Paper> papers = new HashMap<>();
        for (DigestEntry entry : digests) {
            List<Paper> order = entry.papers();
            for (int i = 0; i < order.size(); i++) {
                Paper paper = order.get(i);
                papers.put(paper.slug(), paper);
                appearances.computeIfAbsent(paper.slug(), slug -> new ArrayList<>()).add(entry.digest());
                firstPlaces.putIfAbsent(paper.slug(), new FirstPlace(order, i));
            }
        }
        return papers.values().stream()
                .sorted(Comparator.comparing(Paper::slug))
                .map(paper -> {
                    FirstPlace place = firstPlaces.get(paper.slug());
                    return entry(paper, appearances.get(paper.slug()), place.order(), place.position());
                })
                .toList();
    }

    /**
     * @param digests  the published digests listing the paper, oldest first
     * @param order    the reading order of the first of them
     * @param position the paper's place in {@code order}
     */
    static PaperEntry entry(Paper paper, List<Digest> digests, List<Paper> order, int position) {
        return new PaperEntry(paper, digests, position > 0 ? order.get(position - 1) : null,
                position + 1 < order.size() ? order.get(position + 1) : null);
    }

    /** Walks digests newest first, adding each paper to all its themes at its first digest. */
    private static List<ThemeEntry> themeEntries(SiteConfig config, List<DigestEntry> digests,
            List<PaperEntry> papers) {
        Map<String, PaperEntry> bySlug = papers.stream()
                .collect(Collectors.toMap(entry -> entry.paper().slug(), entry -> entry));
        Map<String, List<PaperEntry>> byTheme = new LinkedHashMap<>();
        config.themes().forEach(theme -> byTheme.put(theme.slug(), new ArrayList<>()));
        for (int d = digests.size() - 1; d >= 0; d--) {
            Digest digest = digests.get(d).digest();
            for (Paper paper : digests.get(d).papers()) {
                PaperEntry entry = bySlug.get(paper.slug());
                if (entry.firstDigest() == digest) {
                    paper.themes().stream().distinct().forEach(theme -> byTheme.get(theme).add(entry));
                }
            }
        }
        return config.themes().stream().map(theme -> new ThemeEntry(theme, byTheme.get(theme.slug()))).toList();
    }

    /** Where a paper is first listed: its place in the reading order of its first digest. */
    private record FirstPlace(List<Paper> order, int position) {
    }
}
