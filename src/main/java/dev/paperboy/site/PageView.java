package dev.paperboy.site;

/**
 * What one output file shows: the view its template gets as {@code page}. Every page's view record implements
 * it, the site's pages here and the render stage's own (feeds outline, sitemap, search data, email text).
 */
public interface PageView {
}
