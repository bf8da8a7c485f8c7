package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * View of theme.ftlh, one per page of a theme.
 *
 * @param months papers per month over the whole theme, newest month first
 * @param groups this page's papers grouped by digest, newest first
 */
public record ThemePage(ThemeSummary theme, List<MonthCount> months, List<DigestPapers> groups,
        Pagination pagination) implements PageView {
    public ThemePage {
        Objects.requireNonNull(theme, "theme");
        months = List.copyOf(months);
        groups = List.copyOf(groups);
        Objects.requireNonNull(pagination, "pagination");
    }
}
