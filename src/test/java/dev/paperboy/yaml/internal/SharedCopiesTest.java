package dev.paperboy.yaml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
