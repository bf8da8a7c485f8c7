package dev.paperboy.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.paperboy.content.Slugs;
import java.util.regex.Pattern;

/** Any title makes a slug that is a safe file name on every system: never a path, a dot file or a device name. */
class SlugsFuzzTest {
    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @FuzzTest(maxDuration = "10s")
    void everyTitleMakesASafeSlug(@NotNull String title) {
        String slug = Slugs.fromTitle(title);
        assertTrue(SAFE.matcher(slug).matches(), () -> "unsafe slug \"" + slug + "\" for " + title);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, () -> "too long: " + slug);
        assertTrue(Slugs.isValid(slug), () -> "a device name or invalid: " + slug);
    }
}
