package dev.paperboy.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Where a page sits in a paginated list; {@code previous}/{@code next} are paths, null at the ends. {@code links}
 * are the first and last page and the pages within {@link #WINDOW} of this one, so that a list of n pages holds
 * O(n) links in all rather than n per page (850 pages of one theme at 100,000 papers made 5 million links).
 */
public record Pagination(int page, int pages, String previous, String next, List<PageLink> links) {
    /** Pages linked on each side of the current one. */
    static final int WINDOW = 2;

    public Pagination {
        if (page < 1 || page > pages) {
            throw new IllegalArgumentException("page " + page + " of " + pages);
        }
        links = List.copyOf(links);
    }

    /** Page {@code page} of {@code pages}, page n at {@code path.apply(n)}. */
    static Pagination of(int page, int pages, IntFunction<String> path) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int number = 1; number <= pages; number++) {
            if (number == 1 || number == pages || Math.abs(number - page) <= WINDOW) {
                links.add(new PageLink(number, path.apply(number), number == page, number > last + 1));
                last = number;
            }
        }
        return new Pagination(page, pages, page > 1 ? path.apply(page - 1) : null,
                page < pages ? path.apply(page + 1) : null, links);
    }
}
