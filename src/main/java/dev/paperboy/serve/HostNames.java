package dev.paperboy.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code Host} headers the preview answers: {@code localhost}, an IP address ({@code 127.0.0.1},
 * {@code [::1]}, or the machine's address when bound to the network), or the name given to {@code --bind}. A web
 * page the curator visits could otherwise read the preview through DNS rebinding: its requests carry the
 * attacker's host name.
 */
final class HostNames {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z._~-]+)?\\]");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}$");

    private final String bind;

    HostNames(String bind) {
        this.bind = bind.toLowerCase(Locale.ROOT);
    }

    /** Whether a request with this {@code Host} header (null when absent) is answered. */
    boolean allows(String hostHeader) {
        if (hostHeader == null) {
            return true; // HTTP/1.0 without Host: not a browser, which always sends it
        }
        String host = PORT.matcher(hostHeader.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.equals("localhost") || IPV4.matcher(host).matches() || IPV6.matcher(host).matches()
                || host.equals(bind) || ("[" + bind + "]").equals(host);
    }
}
