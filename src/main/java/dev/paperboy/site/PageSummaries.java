package dev.paperboy.site;

import java.util.List;

/**
 * What each page is about in a sentence or two, for its {@code <meta name="description">}: the page's own summary
 * (a digest's intro, a paper's abstract, a theme's description), or what it holds when it has none, so that every
 * page has a description even on a site without one.
 */
public final class PageSummaries {
    /** Search engines show about this much. */
    static final int MAX = 200;

    private PageSummaries() {
    }

    /** The site's description, else how much the site holds. */
    public static String home(String siteDescription, HomePage home) {
        if (!siteDescription.isBlank()) {
            return siteDescription;
        }
        String summary = count(home.paperCount(), "paper") + " in " + count(home.digestCount(), "digest");
        return home.digests().isEmpty() ? summary + "."
                : summary + ", the newest of " + home.digests().get(0).digest().date().text() + ".";
    }

    public static String digest(DigestPage page) {
        if (!page.intro().text().isBlank()) {
            return Excerpts.cut(page.intro().text(), MAX);
        }
        DigestLink digest = page.digest();
        List<String> themes = page.groups().stream().filter(group -> group.theme() != null)
                .map(group -> group.theme().name()).toList();
        String summary = count(digest.paperCount(), "paper") + " in the digest of " + digest.date().text();
        return Excerpts.cut(themes.isEmpty() ? summary + "." : summary + ", on " + and(themes) + ".", MAX);
    }

    public static String paper(PaperPage page) {
        PaperCard paper = page.paper();
        if (!paper.abstractExcerpt().isBlank()) {
            return paper.abstractExcerpt();
        }
        if (!paper.noteExcerpt().isBlank()) {
            return Excerpts.cut(paper.noteExcerpt(), MAX);
        }
        return "A paper in the digest of " + page.digest().date().text() + ".";
    }

    public static String theme(ThemeSummary theme) {
        return theme.description().isBlank() ? count(theme.paperCount(), "paper") + " on " + theme.link().name()
                + "." : theme.description();
    }

    public static String themes(ThemesPage page) {
        List<String> names = page.themes().stream().map(theme -> theme.link().name()).toList();
        return names.isEmpty() ? "Papers by theme." : Excerpts.cut("Papers by theme: " + and(names) + ".", MAX);
    }

    public static String archive(ArchivePage page) {
        return "Every digest by month: " + count(page.digestCount(), "digest") + ", "
                + count(page.paperCount(), "paper") + ".";
    }

    public static String search() {
        return "Search the papers of this site by title, author, theme, abstract or curator's note.";
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1)) + " and "
                + items.get(items.size() - 1);
    }
}
