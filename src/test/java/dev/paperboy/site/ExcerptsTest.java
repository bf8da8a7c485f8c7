package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void cutsAtAWordBoundaryWithAnEllipsis() {
        assertEquals("alpha beta…", Excerpts.cut("alpha beta gamma", 12));
        assertEquals("alphabetag…", Excerpts.cut("alphabetagamma delta", 10));
        assertEquals("short", Excerpts.cut(" short ", 10));
    }
}
