package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaginationTest {
    /** The links as the pager shows them: "…" for a gap, [n] for the current page. */
    private static String shown(int page, int pages) {
        return Pagination.of(page, pages, number -> "p" + number).links().stream()
                .map(link -> (link.afterGap() ? "… " : "") + (link.current() ? "[" + link.number() + "]"
                        : String.valueOf(link.number())))
                .collect(Collectors.joining(" "));
    }

    @Test
    void linksTheEndsAndAWindowAroundTheCurrentPage() {
        assertEquals("[1]", shown(1, 1));
        assertEquals("1 2 [3] 4 5", shown(3, 5));
        assertEquals("[1] 2 3 … 10", shown(1, 10));
        assertEquals("1 … 3 4 [5] 6 7 … 10", shown(5, 10));
        assertEquals("1 … 8 9 [10]", shown(10, 10));
        assertEquals("1 2 3 [4] 5 6 … 10", shown(4, 10));
    }

    @Test
    void previousAndNextAreTheNeighboursPaths() {
        Pagination first = Pagination.of(1, 3, number -> "p" + number);
        assertNull(first.previous());
        assertEquals("p2", first.next());
        assertEquals("p2", Pagination.of(3, 3, number -> "p" + number).previous());
    }

    @Test
    void aLongListHoldsFewLinksPerPage() {
        for (int page = 1; page <= 1000; page++) {
            assertTrue(Pagination.of(page, 1000, number -> "p" + number).links().size() <= 2 * Pagination.WINDOW + 3);
        }
    }
}
