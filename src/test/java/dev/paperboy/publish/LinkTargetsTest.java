package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URISyntaxException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Common links resolve as jsoup's {@code absUrl} (the way {@code check} resolved them before) resolves them; where
 * jsoup and browsers differ, as browsers do.
 */
class LinkTargetsTest {
    private static final String PAGE = "https://example.org/sub/papers/adam/index.html";

    @ParameterizedTest
    @ValueSource(strings = {"../../", "../beta/", "../beta/#notes", "#related", "", "?page=2", "./x.css",
        "../../assets/style.0a1b2c3d.css", "/sub/themes/", "//cdn.example.net/a.js", "https://other.example/x?y#z",
        "mailto:someone@example.org", "../../../../../outside/", "/../x", "  ../beta/  ", "../be\nta/\t",
        "../a%20b/", "https://example.org/sub/papers/a/#nope", "index.html", "..", "../../.."})
    void resolvesAsJsoup(String raw) throws URISyntaxException {
        Element link = Jsoup.parse("<a>x</a>", PAGE).selectFirst("a").attr("href", raw);
        assertEquals(link.absUrl("href"), LinkTargets.resolve(URI.create(PAGE), raw).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "/sub/a/../b/, https://example.org/sub/b/",
        "https://example.org/./sub/x, https://example.org/sub/x",
        "https://s/../a, https://s/a",
        "http://t/../../a?q#f, http://t/a?q#f",
        "'\u0001../beta/\u001f', https://example.org/sub/papers/beta/"})
    void resolvesAsBrowsersWhereJsoupDoesNot(String raw, String expected) throws URISyntaxException {
        assertEquals(expected, LinkTargets.resolve(URI.create(PAGE), raw).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../a b/", "https://exa mple.org/", "../%zz/", "http://[::1"})
    void rejectsWhatIsNoUrlReference(String raw) {
        assertThrows(URISyntaxException.class, () -> LinkTargets.resolve(URI.create(PAGE), raw));
    }
}
