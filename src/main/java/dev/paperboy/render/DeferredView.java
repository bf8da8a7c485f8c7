package dev.paperboy.render;

import dev.paperboy.site.PageView;

/**
 * A job's view made on the render threads, only if the job is rendered, rather than when jobs are planned. It is a
 * function of {@link #source} and of what every page key holds (the config and the tool), so the page key is made of
 * the source: a build that finds the page unchanged never makes the view.
 */
public interface DeferredView extends PageView {
    /** What the view is made from, besides the config and the tool. */
    PageView source();

    /** The view the template gets. */
    PageView make();
}
