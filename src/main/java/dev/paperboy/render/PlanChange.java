package dev.paperboy.render;

import java.util.List;

/**
 * What an edit changes in a plan ({@link RenderPlan#replan}): the jobs planned again, some of them new, and the
 * paths of pages that are gone. Jobs planned again may equal the ones they replace.
 */
public record PlanChange(List<RenderJob> jobs, List<String> removed) {
    public PlanChange {
        jobs = List.copyOf(jobs);
        removed = List.copyOf(removed);
    }
}
