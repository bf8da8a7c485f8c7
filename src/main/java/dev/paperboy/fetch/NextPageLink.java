package dev.paperboy.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next page an answer names in its {@code Link} headers (RFC 8288: {@code <URL>; rel="next"}), as paginated
 * APIs such as Hugging Face's announce it. Only a page on the same scheme, host and port is followed: an answer
 * cannot send the download elsewhere.
 */
final class NextPageLink {
    /** One link value: its target and its parameters, up to the comma that starts the next value. */
    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^,]*)");
    private static final Pattern NEXT = Pattern.compile(";\\s*rel\\s*=\\s*(\"[^\"]*\"|[^;\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private NextPageLink() {
    }

    /** @param headers the values of every {@code Link} header; {@code page} the address that answered */
    static Optional<URI> of(List<String> headers, URI page) {
        for (String header : headers) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                if (isNext(link.group(2))) {
                    return resolve(link.group(1).strip(), page);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the parameters hold {@code rel=next}, alone or among other relation types. */
    private static boolean isNext(String parameters) {
        Matcher rel = NEXT.matcher(parameters);
        while (rel.find()) {
            String types = rel.group(1).replace("\"", "").toLowerCase(Locale.ROOT);
            if (List.of(types.split("\\s+")).contains("next")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<URI> resolve(String target, URI page) {
        try {
            // A reference of a query alone keeps the page's path (RFC 3986); URI.resolve drops its last segment.
            URI next = target.startsWith("?")
                    ? new URI(page.getScheme() + "://" + page.getRawAuthority() + page.getRawPath() + target)
                    : page.resolve(new URI(target));
            boolean sameOrigin = page.getScheme().equalsIgnoreCase(next.getScheme())
                    && page.getHost().equalsIgnoreCase(next.getHost()) && page.getPort() == next.getPort();
            return sameOrigin && !next.equals(page) ? Optional.of(next) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
