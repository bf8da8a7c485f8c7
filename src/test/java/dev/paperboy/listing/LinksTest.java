package dev.paperboy.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinksTest {
    @Test
    void findsUrlsAndBareCodeHostsWithoutTrailingPunctuation() {
        assertEquals(List.of("https://github.com/a/b", "https://github.com/edwardjhu/TP4", "http://x.org/p",
                        "https://www.example.org/q"),
                Links.find("See https://github.com/a/b. Also github.com/edwardjhu/TP4, (http://x.org/p) "
                        + "and www.example.org/q!"));
    }

    @Test
    void keepsParenthesesThatBelongToTheUrl() {
        assertEquals(List.of("https://en.wikipedia.org/wiki/Foo_(bar)"),
                Links.find("(see https://en.wikipedia.org/wiki/Foo_(bar))."));
    }

    @Test
    void listsEachUrlOnceInOrderOfAppearance() {
        assertEquals(List.of("https://b.org", "https://a.org"),
                Links.find("https://b.org and https://a.org, again https://b.org."));
    }

    @Test
    void ignoresEmailAddressesAndTextWithoutUrls() {
        assertEquals(List.of(), Links.find("mail me@github.com/x or read the paper"));
        assertEquals(List.of(), Links.find(""));
    }

    @Test
    void findsAUrlGluedToTheSentenceBeforeIt() {
        List<String> links = Links.find("Code is on GitHub.https://github.com/x/y and the demo at:https://x.org/d.");
        assertEquals(List.of("https://github.com/x/y", "https://x.org/d"), links);
        assertEquals(Optional.of("https://github.com/x/y"), Links.codeUrl(links));
        assertEquals(List.of(), Links.find("see notgithub.com/x and a.www.example.org"));
    }

    @Test
    void picksTheFirstGithubOrGitlabLinkAsCode() {
        List<String> links = List.of("https://x.github.io/", "https://GitLab.com/a/b", "https://github.com/c/d");
        assertEquals(Optional.of("https://GitLab.com/a/b"), Links.codeUrl(links));
        assertEquals(Optional.empty(), Links.codeUrl(List.of("https://universal-simulator.github.io")));
    }
}
