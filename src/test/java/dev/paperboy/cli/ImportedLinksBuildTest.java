package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One listing entry never breaks later builds: import writes only links that build accepts, normalizing what it
 * can and leaving out, with a warning naming file and line, what it cannot. Fed every URL shape of the real
 * listings (saved pages and Hugging Face JSON) and the awkward ones seen in the wild.
 */
class ImportedLinksBuildTest {
    private static final Path REAL_LISTINGS = Path.of("../shared/listings");
    private static final String ODD = """
            Daily Papers

            Nov 14

            Odd Links Paper

            Code at HTTPS://GITHUB.COM/Foo/Bar and data at https://example.org/%zz/x, mirror https://my_host.example.org/x and https://例え.jp/path.

              • 2 authors
            ·
            Jun 12 3

            A Bell\u0007 Paper

            Abstract with SOH\u0001 inside.

              • 2 authors
            ·
            Jun 12 1
            """;

    @Test
    void everyLinkImportWritesIsOneBuildAccepts(@TempDir Path temp) throws IOException {
        TestSite site = TestSite.in(temp);
        Files.writeString(temp.resolve("odd.txt"), ODD);
        List<String> args = new ArrayList<>(List.of("import", "-C", temp.toString(), "--year", "2025"));
        try (Stream<Path> listings = Stream.concat(Files.list(REAL_LISTINGS),
                Files.list(REAL_LISTINGS.resolve("hf-api")))) {
            listings.filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".json")).sorted()
                    .forEach(file -> args.add(file.toAbsolutePath().toString()));
        }
        args.add("odd.txt");

        CliRun imported = CliRun.of(args.toArray(String[]::new));

        assertTrue(imported.errLines().containsAll(List.of(
                "odd.txt:7: warning: link \"https://my_host.example.org/x\" left out: not a valid http(s) URL",
                "odd.txt:13:7: warning: control character U+0007 dropped (and 1 more in this file)")),
                imported.err());
        String odd = Files.readString(site.root().resolve("content/papers/odd-links-paper.md"));
        assertTrue(odd.contains("""
                links:
                  - https://github.com/Foo/Bar
                  - https://example.org/%25zz/x
                  - https://xn--r8jz45g.jp/path
                code_url: https://github.com/Foo/Bar
                """), odd);
        assertTrue(Files.exists(site.root().resolve("content/papers/a-bell-paper.md")));

        CliRun built = CliRun.of("build", "-C", temp.toString());
        assertEquals(0, built.exitCode(), built.err());
        assertEquals(List.of(), built.errLines().stream().filter(line -> line.contains("URL")).toList());
    }
}
