package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptsTest {
    @Test
    void collapsesWhitespaceRunsAsTheRegexWould() {
        for (String text : List.of("a  b\tc\n\nd\r\ne\u000Bf\fg", "  lead and trail  ", "none", "", "x \t\n y")) {
            assertEquals(text.strip().replaceAll("\\s+", " "), Excerpts.cut(text, 1000), text);
        }
    }

    @Test
    void longTextsAreCutAsFromTheWholeCollapsedText() {
        java.util.Random random = new java.util.Random(3);
        String[] pieces = {"word", " ", "  ", "\n\n", "\t", "longerword", "é"};
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String flat = text.toString().strip().replaceAll("\\s+", " ");
            int max = 5 + random.nextInt(100);
            int end = flat.lastIndexOf(' ', max);
            String expected = flat.length() <= max ? flat
                    : flat.substring(0, end > max / 2 ? end : max).stripTrailing() + "…";
            assertEquals(expected, Excerpts.cut(text.toString(), max), text.toString());
        }
    }

    @Test
    void cutsAtAWordBoundaryWithAnEllipsis() {
        assertEquals("alpha beta…", Excerpts.cut("alpha beta gamma", 12));
        assertEquals("alphabetag…", Excerpts.cut("alphabetagamma delta", 10));
        assertEquals("short", Excerpts.cut(" short ", 10));
    }

    @Test
    void aTextThatNeedsNoChangeIsItsOwnExcerptNotACopy() {
        String text = "A note short enough to show whole.";
        assertSame(text, Excerpts.cut(text, 100));
        String spaced = "A note  with a double space.";
        assertNotSame(spaced, Excerpts.cut(spaced, 100));
        assertEquals("A note with a double space.", Excerpts.cut(spaced, 100));
    }
}
