package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.content.Digest;
import dev.paperboy.diag.Diagnostics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteModelPatchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static Optional<SiteModel> build(EditableContent content, boolean drafts) {
        return SiteModelBuilder.build(content.content(), RandomEdits.config(), Set.of(), drafts, CLOCK,
                new Diagnostics());
    }

    private static Optional<ModelChange> patch(SiteModel previous, RandomEdits edits, boolean drafts) {
        return SiteModelPatch.patch(previous, edits.content(), edits.changedPapers(), edits.changedDigests(), drafts,
                SiteModelBuilder.today(previous.config(), CLOCK));
    }

    private static List<String> publishedDates(SiteModel model) {
        return model.digests().stream().map(entry -> entry.digest().date().toString()).toList();
    }

    /**
     * Random edits, as {@code serve} meets them: the changes since the last model that built are patched onto it.
     * A patch must equal a full build and replace only what it names; an edit it declines must be one that publishes
     * or unpublishes a digest, or one with an error, which the full build then reports.
     */
    @Test
    void patchingRandomEditsMakesTheModelAFullBuildMakes() {
        int patched = 0;
        for (long seed = 0; seed < 40; seed++) {
            boolean drafts = seed % 4 == 3;
            RandomEdits edits = new RandomEdits(seed);
            SiteModel model = build(edits.content(), drafts).orElseThrow();
            for (int step = 0; step < 40; step++) {
                String edit = edits.edit();
                String where = "seed " + seed + ", " + edit;
                Optional<SiteModel> full = build(edits.content(), drafts);
                Optional<ModelChange> change = patch(model, edits, drafts);
                if (change.isPresent()) {
                    assertTrue(full.equals(Optional.of(change.get().after())), where + ": patched unlike a full build");
                    assertOnlyNamedPartsReplaced(change.get(), where);
                    patched++;
                } else if (full.isPresent()) {
                    assertNotEquals(publishedDates(model), publishedDates(full.get()), where + ": declined");
                }
                if (full.isPresent()) {
                    model = change.map(ModelChange::after).orElse(full.get());
                    edits.clear();
                }
            }
        }
        assertTrue(patched > 40 * 40 / 4, patched + " edits patched");
    }

    private static void assertOnlyNamedPartsReplaced(ModelChange change, String where) {
        for (PaperEntry entry : change.after().papers()) {
            String slug = entry.paper().slug();
            for (Digest digest : entry.digests()) {
                assertSame(change.after().digests().get(change.after().digestIndex(digest.date())).digest(), digest,
                        where + ": " + slug + " names its digests by identity");
            }
            if (!change.papers().contains(slug)) {
                assertSame(change.before().paper(slug).orElseThrow(), entry, where + ": " + slug);
            }
        }
        for (int i = 0; i < change.after().digests().size(); i++) {
            DigestEntry digest = change.after().digests().get(i);
            if (!change.digests().contains(digest.digest().date())) {
                assertSame(change.before().digests().get(i), digest, where);
            }
        }
        for (int i = 0; i < change.after().themes().size(); i++) {
            ThemeEntry theme = change.after().themes().get(i);
            if (!change.themes().contains(theme.theme().slug())) {
                assertSame(change.before().themes().get(i), theme, where);
            }
        }
    }

    @Test
    void aPaperEditReplacesItsEntryItsDigestItsNeighboursAndItsThemesOnly() {
        EditableContent content = new EditableContent()
                .put(Contents.paper("a", "rl")).put(Contents.paper("b", "rl")).put(Contents.paper("c", "theory"))
                .put(Contents.paper("d", "theory")).put(Contents.paper("e", "theory"))
                .put(Contents.digest("2024-01-01", false, "a", "b", "c", "e"))
                .put(Contents.digest("2024-02-01", false, "d"));
        SiteModel before = build(content, false).orElseThrow();
        content.put(Contents.paper("a", "Retitled", "", false, List.of("rl")));

        ModelChange change = SiteModelPatch.patch(before, content, Set.of("a"), Set.of(), false,
                LocalDate.parse("2024-06-01")).orElseThrow();
        assertEquals(Set.of("a", "b"), change.papers(), "b's page links to a as its previous paper");
        assertEquals(Set.of(LocalDate.parse("2024-01-01")), change.digests());
        assertEquals(Set.of("rl"), change.themes());
        assertEquals(build(content, false).orElseThrow(), change.after());
    }

    @Test
    void declinesPublishingADigestAndContentErrors() {
        EditableContent content = new EditableContent().put(Contents.paper("a", "rl"))
                .put(Contents.digest("2024-01-01", false, "a"));
        SiteModel before = build(content, false).orElseThrow();
        LocalDate today = LocalDate.parse("2024-06-01");

        content.put(Contents.digest("2024-02-01", false, "a"));
        assertEquals(Optional.empty(), SiteModelPatch.patch(before, content, Set.of(),
                Set.of(LocalDate.parse("2024-02-01")), false, today), "a new published digest");
        content.removeDigest(LocalDate.parse("2024-02-01"));

        content.put(Contents.paper("a", "unknown"));
        assertEquals(Optional.empty(), SiteModelPatch.patch(before, content, Set.of("a"), Set.of(), false, today));
        content.removePaper("a");
        assertEquals(Optional.empty(), SiteModelPatch.patch(before, content, Set.of("a"), Set.of(), false, today),
                "a listed paper deleted");
    }
}
