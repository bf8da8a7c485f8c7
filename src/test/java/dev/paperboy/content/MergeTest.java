package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MergeTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final UnaryOperator<JsonNode> SAME = value -> value;

    @Test
    void takesTheListingsValueWhenTheCuratorLeftItAlone() {
        assertEquals(NODES.numberNode(9), Merge.value(NODES.numberNode(5), NODES.numberNode(5), NODES.numberNode(9), SAME));
    }

    @Test
    void keepsTheCuratorsValueWhenTheyChangedIt() {
        assertEquals(NODES.numberNode(50), Merge.value(NODES.numberNode(5), NODES.numberNode(50), NODES.numberNode(9),
                SAME));
    }

    @Test
    void keepsAValueTheCuratorDeleted() {
        assertNull(Merge.value(NODES.numberNode(5), null, NODES.numberNode(9), SAME));
    }

    @Test
    void fillsInAValueNeitherTheCuratorNorTheListingHadBefore() {
        assertEquals(NODES.textNode("x"), Merge.value(null, NODES.nullNode(), NODES.textNode("x"), SAME));
        assertEquals(NODES.textNode("x"), Merge.value(NODES.arrayNode(), NODES.arrayNode(), NODES.textNode("x"), SAME));
    }

    @Test
    void comparesTheCuratorsAbstractWithTheHashTheListingLeft() {
        JsonNode old = NODES.textNode("Old abstract.");
        JsonNode base = PaperFrontMatter.fingerprint("abstract", old);
        UnaryOperator<JsonNode> hash = value -> PaperFrontMatter.fingerprint("abstract", value);
        assertEquals(NODES.textNode("New."), Merge.value(base, old, NODES.textNode("New."), hash));
        assertEquals(NODES.textNode("Fixed."), Merge.value(base, NODES.textNode("Fixed."), NODES.textNode("New."), hash));
    }

    @Test
    void takesTheListingsOrderWhenTheCuratorKeptTheLastOne() {
        assertEquals(List.of("c", "a"), Merge.list(List.of("a", "b"), List.of("a", "b"), List.of("c", "a")));
    }

    @Test
    void appendsNewItemsToACuratedListWithoutBringingBackRemovedOnes() {
        assertEquals(List.of("b", "c"), Merge.list(List.of("a", "b"), List.of("b"), List.of("a", "b", "c")));
        assertEquals(List.of("b", "a"), Merge.list(List.of("a", "b"), List.of("b", "a"), List.of("a", "b")));
    }
}
