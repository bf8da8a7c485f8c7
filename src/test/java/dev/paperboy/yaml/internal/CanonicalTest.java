package dev.paperboy.yaml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CanonicalTest {
    @Test
    void equalStringsShareOneCopyUntilTheCapacityIsReached() {
        Canonical canonical = new Canonical(2);
        String first = canonical.of(new String("/title"));
        assertSame(first, canonical.of(new String("/title")));
        canonical.of("/abstract");
        String past = new String("/themes/0");
        assertSame(past, canonical.of(past));
        assertNotSame(past, canonical.of(new String("/themes/0")));
        assertEquals("/themes/0", canonical.of(new String("/themes/0")));
    }
}
