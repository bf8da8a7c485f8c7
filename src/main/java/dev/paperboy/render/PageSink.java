package dev.paperboy.render;

import java.io.IOException;

/** Where rendered files go, one at a time, from any render thread. */
@FunctionalInterface
public interface PageSink {
    /** @param path the output path, e.g. {@code papers/x/index.html} */
    void write(String path, byte[] bytes) throws IOException;
}
