package dev.paperboy.site;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The pages and feeds an edit may have changed, as {@link SiteViews#patched} finds them: those to plan again. Every
 * other file is as it was.
 *
 * @param home        the home page (and the 404 page, which shows the same)
 * @param digests     dates of digest pages
 * @param papers      slugs of paper pages, including papers no longer published (their pages are gone)
 * @param themes      slugs of themes, all of whose pages are planned again
 * @param themePages  for other themes, the numbers of the pages planned again: a theme that holds the same papers in
 *                    the same order changes on the pages of its replaced entries only
 * @param archive     the archive page
 * @param themesIndex the themes index page
 * @param mainFeeds   the site's RSS and Atom feeds of papers
 * @param digestsFeed the feed of digests
 * @param themeFeeds  slugs of the themes whose feeds are planned again, as their lists of papers changed
 * @param citations   slugs of published papers whose citation changed: their .bib files and those of their digests
 *                    and themes are planned again, as are those of the digests and themes named above
 */
public record StalePages(boolean home, Set<LocalDate> digests, Set<String> papers, Set<String> themes,
        Map<String, Set<Integer>> themePages, boolean archive, boolean themesIndex, boolean mainFeeds,
        boolean digestsFeed, Set<String> themeFeeds, Set<String> citations) {
    public StalePages {
        digests = Set.copyOf(digests);
        papers = Set.copyOf(papers);
        themes = Set.copyOf(themes);
        themePages = Map.copyOf(themePages);
        themeFeeds = Set.copyOf(themeFeeds);
        citations = Set.copyOf(citations);
    }
}
