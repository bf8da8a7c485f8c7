package dev.paperboy.publish;

import java.util.Objects;

/**
 * A static file from templates/assets/: {@code name} as templates ask for it ({@code style.css}), {@code path}
 * where it is written ({@code assets/style.3f2a9c1e.css}).
 */
public record Asset(String name, String path, byte[] bytes) {
    public Asset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }
}
