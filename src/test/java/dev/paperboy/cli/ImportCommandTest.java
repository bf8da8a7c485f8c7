package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportCommandTest {
    private static final String GOOD = """
            Daily Papers

            Nov 13

            A Good Paper

            Its abstract.

              • 2 authors
            ·
            Jun 12 3
            """;

    @TempDir
    Path site;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "empty.txt|''|empty.txt:1: error: empty listing",
            "binary.txt|'Nov 13\\n\\0\\1'|binary.txt:2: error: binary data, not listing text (NUL byte)",
            "latin1.txt|'Nov 13\\nCaf\\351'|latin1.txt:2:4: error: not valid UTF-8 (byte 0xE9) (save the listing as UTF-8)",
            "saved/missing.txt||saved/missing.txt: error: no such file (looked for $SITE/saved/missing.txt)"})
    void reportsABadListingFileWithExitCode1AndStillImportsTheGoodOnes(String name, String content, String error)
            throws IOException {
        Files.writeString(site.resolve("good.txt"), GOOD);
        if (content != null) {
            Files.write(site.resolve(name), content.translateEscapes().getBytes(StandardCharsets.ISO_8859_1));
        }

        CliRun run = CliRun.of("import", "-C", site.toString(), "--year", "2025", name, "good.txt");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(error.replace("$SITE", site.toString())), run.errLines());
        assertTrue(Files.exists(site.resolve("content/papers/a-good-paper.md")));
        assertTrue(run.out().contains("papers: 1 created, 0 updated, 0 unchanged, 0 skipped with errors"), run.out());
        assertTrue(run.out().contains(name + ": not imported"), run.out());
        assertFalse(Files.exists(site.resolve("content/listings/" + name)));
    }

    @Test
    void importsAndSaysWhichYearItUsed() throws IOException {
        Files.writeString(site.resolve("good.txt"), GOOD);
        CliRun run = CliRun.of("import", "-C", site.toString(), "--date", "2025-11-13", "good.txt");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                good.txt: 1 entries, year 2025 from --date
                papers: 1 created, 0 updated, 0 unchanged, 0 skipped with errors
                digests: 1 created, 0 updated, 0 unchanged, 0 skipped with errors
                """, run.out());
    }

    @Test
    void dryRunPrintsEachChangeAndWritesNothing() throws IOException {
        Files.writeString(site.resolve("good.txt"), GOOD);
        CliRun run = CliRun.of("import", "-C", site.toString(), "--year", "2025", "--dry-run", "good.txt");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                good.txt: 1 entries, year 2025 from --year
                would create content/papers/a-good-paper.md
                would create content/digests/2025-11-13.md
                would create content/listings/2025-11-13-good.txt
                dry run, nothing written: papers: 1 created, 0 updated, 0 unchanged, 0 skipped with errors
                dry run, nothing written: digests: 1 created, 0 updated, 0 unchanged, 0 skipped with errors
                """, run.out());
        assertFalse(Files.exists(site.resolve("content")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "import --date 2025-11-13 --year 2025 x.txt|paperboy import",
            "import|paperboy import",
            "import --bogus x.txt|paperboy import",
            "import --date 13/11/2025 x.txt|paperboy import",
            "import --year 0 x.txt|paperboy import",
            "frobnicate|paperboy",
            "build --nope|paperboy build",
            "check --strict extra|paperboy check",
            "serve --port 99999|paperboy serve",
            "themes|paperboy themes",
            "themes assign --nope|paperboy themes assign",
            "themes suggest --k 0|paperboy themes suggest",
            "init a b|paperboy init"})
    void usageErrorsAreOneLineAndAHintToHelpOnEveryCommand(String commandLine, String command) {
        CliRun run = CliRun.of(commandLine.split(" "));
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.errLines();
        assertTrue(lines.get(0).startsWith(command + ": error: "), run.err());
        assertTrue(lines.subList(1, lines.size() - 1).stream().allMatch(line -> line.startsWith("Did you mean")),
                run.err());
        assertEquals("Run '" + command + " --help' for usage.", lines.get(lines.size() - 1));
        assertEquals("", run.out());
    }

    @Test
    void anImpossibleDateSaysWhatIsWrongInOneLine() {
        CliRun run = CliRun.of("import", "--date", "2025-13-45", "x.txt");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("paperboy import: error: Invalid value for option '--date': month 13 does not exist"
                + " (\"2025-13-45\", YYYY-MM-DD)", "Run 'paperboy import --help' for usage."), run.errLines());
        assertEquals("paperboy import: error: Invalid value for option '--date': 31 November does not exist",
                CliRun.of("import", "--date", "2025-11-31", "x.txt").errLines().get(0));
    }

    @ParameterizedTest
    @CsvSource({"import", "init"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: paperboy " + command), run.out());
    }
}
