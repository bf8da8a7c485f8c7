package dev.paperboy.render;

import dev.paperboy.site.PageView;
import java.util.List;

/**
 * What templates/assets/search.js loads first, written by {@code search-index.ftl}: the output paths of the
 * shards of the search index ({@link SearchData}) and the words it leaves out.
 */
public record SearchManifest(List<String> shards, String stopWords) implements PageView {
    public SearchManifest {
        shards = List.copyOf(shards);
    }
}
