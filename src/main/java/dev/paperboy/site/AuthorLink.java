package dev.paperboy.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An author of a paper, with the address of arXiv's search for their papers, or null when not linked. */
public record AuthorLink(String name, String search) {
    public AuthorLink {
        Objects.requireNonNull(name, "name");
    }

    static AuthorLink onArxiv(String name) {
        return new AuthorLink(name, "https://arxiv.org/search/?searchtype=author&query="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }
}
