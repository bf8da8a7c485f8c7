package dev.paperboy.site;

import java.util.Objects;

/**
 * One page of a paginated list.
 *
 * @param afterGap whether pages between the previous link and this one are not linked (shown as "…")
 */
public record PageLink(int number, String path, boolean current, boolean afterGap) {
    public PageLink {
        Objects.requireNonNull(path, "path");
    }
}
