package dev.paperboy.site;

import java.util.List;

/** View of bib.ftl: the entries of one .bib file, in the order of the page it belongs to. */
public record BibView(List<Citation> entries) implements PageView {
    public BibView {
        entries = List.copyOf(entries);
    }
}
