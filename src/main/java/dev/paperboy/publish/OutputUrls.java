package dev.paperboy.publish;

import java.net.URI;
import java.util.Optional;

/** Maps absolute URLs under the base URL to the output files a static server would answer them with. */
record OutputUrls(URI base) {
    static OutputUrls of(String baseUrl) {
        return new OutputUrls(URI.create(baseUrl));
    }

    /** The URL a browser would show for an output file. */
    URI url(String path) {
        return base.resolve(path);
    }

    /** The output file behind an internal URL (folders mean their index.html); empty for external URLs. */
    Optional<String> file(URI url) {
        String path = url.getPath();
        if (!base.getScheme().equals(url.getScheme()) || !base.getRawAuthority().equals(url.getRawAuthority())
                || path == null || !path.startsWith(base.getPath())) {
            return Optional.empty();
        }
        String file = path.substring(base.getPath().length());
        return Optional.of(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file);
    }
}
