package dev.paperboy.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged listings under src/test/resources/listing/invalid: each {@code name.txt} has a {@code name.expected}
 * holding the number of entries still read and the exact diagnostic lines. Run with
 * {@code -Dlisting.rewrite=true} to rewrite the expected files, then review the diff.
 */
class InvalidListingsTest {
    private static final Path FOLDER = Path.of("src/test/resources/listing/invalid");

    @ParameterizedTest
    @ValueSource(strings = {"empty", "blank", "no-date-line", "no-chrome-no-date", "bad-date", "bad-listing-date",
        "bad-metadata", "cut-off", "missing-abstract", "invalid-utf8", "binary"})
    void reportsDamageWithFileAndLineAndKeepsTheGoodEntries(String name) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<Listing> listings = Fixtures.parse("invalid/" + name + ".txt", diagnostics);
        List<String> actual = new ArrayList<>();
        actual.add("entries: " + listings.stream().mapToInt(listing -> listing.entries().size()).sum());
        actual.addAll(diagnostics.formatted());
        Path expected = FOLDER.resolve(name + ".expected");
        if (Boolean.getBoolean("listing.rewrite")) {
            Files.write(expected, actual, StandardCharsets.UTF_8);
        }
        try (Stream<String> lines = Files.lines(expected, StandardCharsets.UTF_8)) {
            assertEquals(lines.toList(), actual);
        }
    }
}
