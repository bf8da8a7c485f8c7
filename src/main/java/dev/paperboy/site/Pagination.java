package dev.paperboy.site;

import java.util.List;

/** Where a page sits in a paginated list; {@code previous}/{@code next} are paths, null at the ends. */
public record Pagination(int page, int pages, String previous, String next, List<PageLink> links) {
    public Pagination {
        if (page < 1 || page > pages) {
            throw new IllegalArgumentException("page " + page + " of " + pages);
        }
        links = List.copyOf(links);
    }
}
