package dev.paperboy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedStringsTest {
    @Test
    void equalStringsOfDifferentListsBecomeOneCopy() {
        RepeatedStrings table = new RepeatedStrings();
        List<String> first = table.shared(List.of(new String("Ana García"), new String("Wei Smith")));
        List<String> second = table.shared(List.of(new String("Wei Smith"), new String("Ana García")));
        assertEquals(List.of("Wei Smith", "Ana García"), second);
        assertSame(first.get(0), second.get(1));
        assertSame(first.get(1), second.get(0));
    }

    @Test
    void anEmptyListStaysAsItIs() {
        List<String> none = List.of();
        assertSame(none, new RepeatedStrings().shared(none));
    }
}
