package dev.paperboy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.paperboy.diag.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlPositionsTest {
    @Test
    void documentsWithTheSamePointersShareOneListOfThem() {
        PointerShapes shapes = new PointerShapes(10);
        YamlPositions first = YamlPositions.of("a.md", Map.of(new String("/title"), new SourcePos("a.md", 2, 1),
                new String("/themes/0"), new SourcePos("a.md", 3, 10)), shapes);
        YamlPositions second = YamlPositions.of("b.md", Map.of(new String("/themes/0"), new SourcePos("b.md", 8, 4),
                new String("/title"), new SourcePos("b.md", 7, 1)), shapes);
        assertSame(first.pointers(), second.pointers());
        assertEquals(Optional.of(new SourcePos("a.md", 3, 10)), first.position("/themes/0"));
        assertEquals(Optional.of(new SourcePos("b.md", 8, 4)), second.position("/themes/0"));
        assertEquals(Optional.empty(), second.position("/themes"));
    }

    @Test
    void keepsLinesAndColumnsOfAnySize() {
        SourcePos far = new SourcePos("big.md", Integer.MAX_VALUE, Integer.MAX_VALUE);
        SourcePos unknownColumn = SourcePos.of("big.md", 1_000_000);
        YamlPositions positions = YamlPositions.of("big.md", Map.of("/far", far, "/line", unknownColumn));
        assertEquals(Optional.of(far), positions.position("/far"));
        assertEquals(Optional.of(unknownColumn), positions.position("/line"));
    }

    @Test
    void equalWhenTheFileAndEveryPositionAreEqual() {
        Map<String, SourcePos> positions = Map.of("", SourcePos.of("a.md", 2), "/title", new SourcePos("a.md", 2, 1));
        YamlPositions same = YamlPositions.of("a.md", positions);
        assertEquals(same, YamlPositions.of("a.md", positions));
        assertEquals(same.hashCode(), YamlPositions.of("a.md", positions).hashCode());
        assertNotEquals(same, YamlPositions.of("b.md", positions));
        assertNotEquals(same, YamlPositions.of("a.md", Map.of("", SourcePos.of("a.md", 2),
                "/title", new SourcePos("a.md", 2, 2))));
        assertEquals("{=a.md:2, /title=a.md:2:1}", same.toString());
    }
}
