package dev.paperboy.listing;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one rule for the links a paper carries ({@code links}, {@code code_url}): an absolute http or https URL
 * with a host, as {@link URI} reads it. Build refuses anything else; import writes only what it accepts, fixing
 * what it safely can first.
 */
public final class HttpUrls {
    private static final String HEX = "0123456789abcdefABCDEF";

    private HttpUrls() {
    }

    /** Whether build accepts {@code url}. */
    public static boolean valid(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return (scheme != null && (scheme.equals("https") || scheme.equals("http"))) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The links found in {@code text} ({@link Links#find}) as build accepts them, in order of first appearance;
     * each that cannot be made so is given to {@code leftOut}.
     */
    static List<String> inText(String text, Consumer<String> leftOut) {
        Set<String> links = new LinkedHashSet<>();
        for (String found : Links.find(text)) {
            normalize(found).ifPresentOrElse(links::add, () -> leftOut.accept(found));
        }
        return List.copyOf(links);
    }

    /**
     * {@code url} as build accepts it: scheme and host in lower case, an international host name in its ASCII
     * (punycode) form, a {@code %} that starts no escape written as {@code %25}. Empty when that is not enough
     * (a host with an underscore, say, or no scheme).
     */
    public static Optional<String> normalize(String url) {
        int separator = url.indexOf("://");
        if (separator < 0) {
            return Optional.empty();
        }
        String scheme = url.substring(0, separator).toLowerCase(Locale.ROOT);
        String rest = url.substring(separator + 3);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        int at = authority.lastIndexOf('@');
        String user = authority.substring(0, at + 1);
        String hostAndPort = authority.substring(at + 1);
        int colon = hostAndPort.lastIndexOf(':');
        boolean port = colon >= 0 && hostAndPort.indexOf(']') < colon;
        String host = port ? hostAndPort.substring(0, colon) : hostAndPort;
        try {
            host = IDN.toASCII(host).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String normal = scheme + "://" + user + host + (port ? hostAndPort.substring(colon) : "")
                + escapeStrayPercents(rest.substring(end));
        return valid(normal) ? Optional.of(normal) : Optional.empty();
    }

    private static String escapeStrayPercents(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = c == '%' && i + 2 < text.length() && HEX.indexOf(text.charAt(i + 1)) >= 0
                    && HEX.indexOf(text.charAt(i + 2)) >= 0;
            if (c == '%' && !escape) {
                escaped.append("%25");
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
