package dev.paperboy.yaml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedCopiesTest {
    @Test
    void equalStringsShareOneCopyUntilTheCapacityIsReached() {
        SharedCopies<String> copies = new SharedCopies<>(2);
        String first = copies.of(new String("/title"));
        assertSame(first, copies.of(new String("/title")));
        copies.of("/abstract");
        String past = new String("/themes/0");
        assertSame(past, copies.of(past));
        assertNotSame(past, copies.of(new String("/themes/0")));
        assertEquals("/themes/0", copies.of(new String("/themes/0")));
    }

    @Test
    void equalStringsOfDifferentListsBecomeOneCopy() {
        SharedCopies<String> table = new SharedCopies<>(16);
        List<String> first = table.ofEach(List.of(new String("Ana García"), new String("Wei Smith")));
        List<String> second = table.ofEach(List.of(new String("Wei Smith"), new String("Ana García")));
        assertEquals(List.of("Wei Smith", "Ana García"), second);
        assertSame(first.get(0), second.get(1));
        assertSame(first.get(1), second.get(0));
    }

    @Test
    void anEmptyListStaysAsItIs() {
        List<String> none = List.of();
        assertSame(none, new SharedCopies<String>(16).ofEach(none));
    }
}
