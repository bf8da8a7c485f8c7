package dev.paperboy.config;

import java.util.List;
import java.util.Objects;

/**
 * One theme of the site's taxonomy, as declared in content/site.yaml.
 *
 * @param slug        URL-safe identifier ({@code ^[a-z0-9][a-z0-9-]*$}), used in front matter and URLs
 * @param name        display name
 * @param description one sentence shown on the theme page
 * @param keywords    matching hints: words or phrases; title matches weigh more than abstract matches
 */
public record ThemeDef(String slug, String name, String description, List<String> keywords) {
    public ThemeDef {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        keywords = List.copyOf(keywords);
    }
}
