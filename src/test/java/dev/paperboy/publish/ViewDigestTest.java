package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.render.FlexmarkMarkdown;
import dev.paperboy.site.Html;
import dev.paperboy.site.NoteSource;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewDigestTest {
    private static final byte[] KEY = "sixteen byte key".getBytes();

    record Page(String path, Html notes) {
    }

    @Test
    void aKnownViewStandsForItsKeyAndOthersForTheirContent() {
        Html known = new Html("<p>a</p>", "a");
        ViewDigest.Memo memo = new ViewDigest.Memo(Set.of(Html.class), view -> view == known ? KEY : null);
        Html sameKey = new Html("<p>b</p>", "b");
        ViewDigest.Memo other = new ViewDigest.Memo(Set.of(Html.class), view -> view == sameKey ? KEY : null);
        assertArrayEquals(ViewDigest.of(memo, new Page("p", known)), ViewDigest.of(other, new Page("p", sameKey)));

        Html unknown = new Html("<p>a</p>", "a");
        assertArrayEquals(ViewDigest.of(memo, new Page("p", unknown)),
                ViewDigest.of(memo, new Page("p", new Html("<p>a</p>", "a"))));
        assertFalse(Arrays.equals(ViewDigest.of(memo, new Page("p", unknown)),
                ViewDigest.of(memo, new Page("p", new Html("<p>a</p>", "b")))));
        assertFalse(Arrays.equals(ViewDigest.of(memo, new Page("p", known)), ViewDigest.of(memo, new Page("p",
                unknown))));
    }

    @Test
    void htmlTheRendererMakesOnEachReadStandsForItsKeyToo() {
        Html remade = new FlexmarkMarkdown().render("*a*", 3, NoteSource.paper("x"));
        Html held = new Html(remade.html(), remade.text());
        ViewDigest.Memo memo = new ViewDigest.Memo(Set.of(Html.class),
                view -> view == remade || view == held ? KEY : null);
        assertArrayEquals(ViewDigest.of(memo, new Page("p", held)), ViewDigest.of(memo, new Page("p", remade)));
        assertFalse(FlexmarkMarkdown.isWorthKeeping(remade));
        assertTrue(FlexmarkMarkdown.isWorthKeeping(held));
    }

    @Test
    void anyChangedComponentChangesTheDigest() {
        Html notes = new Html("<p>a</p>", "a");
        List<Page> pages = List.of(new Page("p", notes), new Page("q", notes), new Page("p", new Html("<p>a</p>",
                "b")), new Page("p", null));
        for (int i = 0; i < pages.size(); i++) {
            for (int j = i + 1; j < pages.size(); j++) {
                assertFalse(Arrays.equals(ViewDigest.of(pages.get(i)), ViewDigest.of(pages.get(j))), i + " " + j);
            }
        }
    }
}
