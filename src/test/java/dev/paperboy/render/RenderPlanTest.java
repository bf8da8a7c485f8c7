package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.site.Html;
import dev.paperboy.site.MarkdownRenderer;
import dev.paperboy.site.ModelChange;
import dev.paperboy.site.RandomEdits;
import dev.paperboy.site.RelatedPaperLists;
import dev.paperboy.site.SiteModel;
import dev.paperboy.site.SiteModelBuilder;
import dev.paperboy.site.SiteModelPatch;
import dev.paperboy.site.SiteViews;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RenderPlanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final MarkdownRenderer PLAIN = (markdown, topLevel, source) -> new Html(markdown, markdown);
    /** Small shards of the search index, so that edits add and remove some. */
    private static final int SHARD_SIZE = 3;

    /**
     * After random edits and new related lists, the plan patched by {@link RenderPlan#replan} from the pages that
     * {@link SiteViews#patched} names equals, job for job, the plan of the whole site made from scratch, search
     * index shards included.
     */
    @Test
    void replanningTheStalePagesOfRandomEditsGivesThePlanOfTheWholeSite() {
        int replanned = 0;
        for (long seed = 0; seed < 30; seed++) {
            Random random = new Random(seed);
            boolean drafts = seed % 4 == 3;
            RandomEdits edits = new RandomEdits(seed);
            SiteModel model = build(edits, drafts).orElseThrow();
            SiteInfo site = SiteInfo.of(model.config());
            RelatedPaperLists related = relatedLists(random, edits);
            SiteViews views = SiteViews.of(model, PLAIN, related);
            Map<String, RenderJob> plan = new HashMap<>(byPath(RenderPlan.plan(views, site, SHARD_SIZE)));
            for (int step = 0; step < 30; step++) {
                String edit = edits.edit();
                Optional<SiteModel> full = build(edits, drafts);
                if (random.nextInt(4) == 0) {
                    related = relatedLists(random, edits);
                }
                Optional<ModelChange> change = SiteModelPatch.patch(model, edits.content(), edits.changedPapers(),
                        edits.changedDigests(), drafts, SiteModelBuilder.today(model.config(), CLOCK));
                if (change.isPresent()) {
                    SiteViews.Patch patch = views.patched(change.get(), related);
                    PlanChange replan = RenderPlan.replan(patch.views(), patch.stale(), site, plan::get,
                            SHARD_SIZE);
                    replan.jobs().forEach(job -> plan.put(job.path(), job));
                    replan.removed().forEach(plan::remove);
                    views = patch.views();
                    model = change.get().after();
                    replanned++;
                } else if (full.isPresent()) {
                    model = full.get();
                    views = SiteViews.reusing(views, model, PLAIN, related);
                    plan.clear();
                    plan.putAll(byPath(RenderPlan.plan(views, site, SHARD_SIZE)));
                }
                if (full.isPresent()) {
                    edits.clear();
                    assertEquals(Set.of(), differences(plan, byPath(RenderPlan.plan(SiteViews.of(full.get(), PLAIN,
                            related), site, SHARD_SIZE))),
                            "seed " + seed + ", " + edit + ": paths planned unlike a full plan");
                }
            }
        }
        assertTrue(replanned > 30 * 30 / 4, replanned + " edits replanned");
    }

    @Test
    void searchIndexShardsHoldEveryPaperOnceOldestFirst() {
        SiteModel model = build(new RandomEdits(7), true).orElseThrow();
        SiteViews views = SiteViews.of(model, PLAIN, new RelatedPaperLists(Map.of()));
        List<RenderJob> jobs = RenderPlan.plan(views, SiteInfo.of(model.config()), SHARD_SIZE);

        List<SearchData> shards = jobs.stream().filter(job -> job.format() == OutputFormat.SEARCH_SHARD)
                .map(job -> (SearchData) job.page()).toList();
        List<String> paths = jobs.stream().filter(job -> job.format() == OutputFormat.SEARCH_SHARD)
                .map(RenderJob::path).toList();
        assertEquals((model.papers().size() + SHARD_SIZE - 1) / SHARD_SIZE, shards.size());
        assertEquals(views.searchEntries(), shards.stream().flatMap(shard -> shard.papers().stream()).toList());
        for (int i = 0; i < shards.size(); i++) {
            assertEquals(i, shards.get(i).shard());
            assertEquals(i * SHARD_SIZE, shards.get(i).first());
            assertEquals("search/papers-" + i + ".js", paths.get(i));
        }
        SearchManifest manifest = (SearchManifest) jobs.stream()
                .filter(job -> job.format() == OutputFormat.SEARCH_INDEX).findFirst().orElseThrow().page();
        assertEquals(paths, manifest.shards());
        List<String> newestFirst = views.newestPapers().stream().map(entry -> entry.paper().slug()).toList();
        List<String> oldestFirst = new ArrayList<>(views.searchEntries().stream().map(entry -> entry.card().slug())
                .toList());
        Collections.reverse(oldestFirst);
        assertEquals(newestFirst, oldestFirst.subList(0, newestFirst.size()), "the main feed's order, backwards");
    }

    private static Optional<SiteModel> build(RandomEdits edits, boolean drafts) {
        return SiteModelBuilder.build(edits.content().content(), RandomEdits.config(), Set.of(), drafts, CLOCK,
                new Diagnostics());
    }

    /** Up to three related slugs for some papers, any slug, published or not, as stale lists may hold. */
    private static RelatedPaperLists relatedLists(Random random, RandomEdits edits) {
        List<String> slugs = new ArrayList<>(edits.content().papers().keySet());
        Map<String, List<String>> lists = new HashMap<>();
        for (String slug : slugs) {
            if (random.nextBoolean()) {
                List<String> related = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    related.add(slugs.get(random.nextInt(slugs.size())));
                }
                lists.put(slug, related);
            }
        }
        return new RelatedPaperLists(lists);
    }

    private static Map<String, RenderJob> byPath(List<RenderJob> jobs) {
        Map<String, RenderJob> byPath = new HashMap<>();
        jobs.forEach(job -> byPath.put(job.path(), job));
        return byPath;
    }

    private static Set<String> differences(Map<String, RenderJob> actual, Map<String, RenderJob> expected) {
        Set<String> paths = new TreeSet<>(actual.keySet());
        paths.addAll(expected.keySet());
        paths.removeIf(path -> Objects.equals(actual.get(path), expected.get(path)));
        return paths;
    }
}
