package dev.paperboy.publish;

import dev.paperboy.render.PageSink;
import java.io.IOException;
import java.util.Collection;

/** Where a {@link SiteEngine} writes: {@code build}'s staging folder, or the folder {@code serve} serves. */
public interface PageOutput extends PageSink {
    /**
     * Whether the file the last run wrote at {@code path}, of {@code size} bytes, is still there to keep as it is;
     * an output that publishes only what it was told about also takes note that the file stays.
     */
    boolean keep(String path, long size) throws IOException;

    /** Deletes files the site no longer has. */
    void delete(Collection<String> paths) throws IOException;
}
