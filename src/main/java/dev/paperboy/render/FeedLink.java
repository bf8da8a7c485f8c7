package dev.paperboy.render;

import java.util.Objects;

/** A feed to advertise with {@code <link rel="alternate">}. */
public record FeedLink(String title, String path, String mediaType) {
    public FeedLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
