package dev.paperboy.site;

import java.util.List;

/** View of home.ftlh: the latest digests, newest first, and how much the archive holds. */
public record HomePage(List<DigestPage> digests, int digestCount, int paperCount) implements PageView {
    public HomePage {
        digests = List.copyOf(digests);
    }
}
