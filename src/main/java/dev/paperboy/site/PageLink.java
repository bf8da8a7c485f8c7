package dev.paperboy.site;

import java.util.Objects;

/** One page of a paginated list. */
public record PageLink(int number, String path, boolean current) {
    public PageLink {
        Objects.requireNonNull(path, "path");
    }
}
