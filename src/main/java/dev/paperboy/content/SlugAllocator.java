package dev.paperboy.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.listing.ArxivId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives each paper of an import its slug: the existing file's when a paper with the same arXiv id (any version), or
 * else the same title identity, is already on disk (so a curator's title fix does not create a duplicate, nor does a
 * title the listings write differently), else a new unique slug. Built once
 * per import from what is on disk; collisions get {@code -2}, {@code -3}, ... in the order papers are asked for.
 */
final class SlugAllocator {
    private final Map<String, String> slugByIdentity = new HashMap<>();
    private final Map<String, String> slugByArxivId = new HashMap<>();
    private final Map<String, String> arxivIdBySlug = new HashMap<>();
    /**
     * For a slug that collided, the suffix to try first next time: all below it were taken, and stay taken. Without
     * it, 10,000 titles with one slug probed 50 million names.
     */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final Set<String> taken;
    private final Set<String> broken;

    /**
     * @param taken    every paper file name on disk, readable or not, so none is ever overwritten by another paper
     * @param existing the readable paper files in slug order, so two files claiming one title resolve the same way
     * @param broken   the paper files that could not be read: their titles are unknown
     */
    SlugAllocator(Collection<String> taken, List<EditableFile> existing, Collection<String> broken) {
        this.taken = new HashSet<>(taken);
        this.broken = Set.copyOf(broken);
        // Titles the listing gave win over curator titles: they are what new entries will carry.
        existing.forEach(file -> file.imported(PaperReader.IMPORTED, PaperReader.TITLE)
                .ifPresent(title -> claim(title, file.name())));
        existing.forEach(file -> file.get(PaperReader.TITLE).ifPresent(title -> claim(title, file.name())));
        // The curator's id wins over the listing's: it is the one the paper has.
        existing.forEach(file -> file.get(PaperReader.ARXIV_ID).ifPresent(id -> claimId(id, file.name())));
        existing.forEach(file -> file.imported(PaperReader.IMPORTED, PaperReader.ARXIV_ID)
                .ifPresent(id -> claimId(id, file.name())));
    }

    /**
     * The paper's slug; empty when its own slug is taken by a file that could not be read, which may well be this
     * paper (a numbered slug would create a duplicate once that file is fixed).
     */
    Optional<String> slugFor(String arxivId, String title) {
        String id = arxivId == null ? null : ArxivId.withoutVersion(arxivId);
        String known = id == null ? null : slugByArxivId.get(id);
        if (known == null) {
            known = slugByIdentity.get(Slugs.identity(title));
            boolean otherPaper = known != null && id != null && arxivIdBySlug.containsKey(known)
                    && !arxivIdBySlug.get(known).equals(id);
            known = otherPaper ? null : known;
        }
        if (known != null) {
            if (id != null) {
                claimId(id, known);
            }
            return Optional.of(known);
        }
        String base = Slugs.fromTitle(title);
        if (broken.contains(base)) {
            return Optional.empty();
        }
        String slug = base;
        if (!taken.add(slug)) {
            int n = nextSuffix.getOrDefault(base, 2);
            while (!taken.add(base + "-" + n)) {
                n++;
            }
            slug = base + "-" + n;
            nextSuffix.put(base, n + 1);
        }
        slugByIdentity.put(Slugs.identity(title), slug);
        if (id != null) {
            claimId(id, slug);
        }
        return Optional.of(slug);
    }

    /** {@code id} without its version. */
    private void claimId(String id, String slug) {
        slugByArxivId.putIfAbsent(id, slug);
        arxivIdBySlug.putIfAbsent(slug, id);
    }

    private void claimId(JsonNode id, String slug) {
        if (id.isTextual()) {
            claimId(ArxivId.withoutVersion(id.asText()), slug);
        }
    }

    private void claim(JsonNode title, String slug) {
        if (title.isValueNode()) {
            slugByIdentity.putIfAbsent(Slugs.identity(title.asText()), slug);
        }
    }
}
