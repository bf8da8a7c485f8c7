package dev.paperboy.site;

import dev.paperboy.content.ContentIndex;
import dev.paperboy.content.Content;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Papers and digests held in memory and edited in place by tests, seen both as the {@link Content} a full build reads
 * and as the {@link ContentIndex} a patch reads.
 */
public final class EditableContent implements ContentIndex {
    private final NavigableMap<String, Paper> papers = new TreeMap<>();
    private final NavigableMap<LocalDate, Digest> digests = new TreeMap<>();

    public EditableContent put(Paper paper) {
        papers.put(paper.slug(), paper);
        return this;
    }

    public EditableContent put(Digest digest) {
        digests.put(digest.date(), digest);
        return this;
    }

    public void removePaper(String slug) {
        papers.remove(slug);
    }

    public void removeDigest(LocalDate date) {
        digests.remove(date);
    }

    public Content content() {
        return new Content(new ArrayList<>(papers.values()), new ArrayList<>(digests.values()));
    }

    public Map<String, Paper> papers() {
        return papers;
    }

    public Map<LocalDate, Digest> digests() {
        return digests;
    }

    @Override
    public Optional<Paper> paper(String slug) {
        return Optional.ofNullable(papers.get(slug));
    }

    @Override
    public Optional<Digest> digest(LocalDate date) {
        return Optional.ofNullable(digests.get(date));
    }

    @Override
    public Set<LocalDate> digestsListing(String slug) {
        Set<LocalDate> dates = new TreeSet<>();
        digests.values().stream().filter(digest -> digest.papers().contains(slug))
                .forEach(digest -> dates.add(digest.date()));
        return dates;
    }
}
