package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.StageFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build(site.options().withOutDir(temp.resolve("one")));
        site.build(site.options().withOutDir(temp.resolve("two")));
        assertEquals(contents(temp.resolve("one")), contents(temp.resolve("two")));
    }

    @Test
    void secondBuildOfUnchangedContentRewritesNoFile(@TempDir Path temp) throws Exception {
        TestSite site = builtLongAgo(temp);
        BuildResult second = site.build();
        assertEquals(0, second.changed());
        for (String file : GoldenBuildTest.files(site.out())) {
            assertEquals(LONG_AGO, Files.getLastModifiedTime(site.out().resolve(file)), file);
        }
    }

    @Test
    void aFileIsRewrittenWhenAnyOfItsBytesDiffer(@TempDir Path temp) throws Exception {
        byte[] large = new byte[200_000];
        Arrays.fill(large, (byte) 'x');
        byte[] lastDiffers = large.clone();
        lastDiffers[large.length - 1] = 'y';
        Map<String, byte[]> before = Map.of("a.html", "same size".getBytes(), "b.html", large, "c.html", large,
                "d.html", "shorter".getBytes());
        Map<String, byte[]> after = Map.of("a.html", "Same size".getBytes(), "b.html", large, "c.html",
                lastDiffers, "d.html", "shorter, then longer".getBytes());
        Path out = temp.resolve("out");
        write(out, before);
        for (String file : before.keySet()) {
            Files.setLastModifiedTime(out.resolve(file), LONG_AGO);
        }
        assertEquals(3, write(out, after).changed());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("b.html")));
        for (Map.Entry<String, byte[]> file : after.entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(out.resolve(file.getKey())), file.getKey());
        }
    }

    private static OutputFolder write(Path out, Map<String, byte[]> files) throws Exception {
        OutputFolder folder = OutputFolder.open(out, PreviousFiles.of(out), path -> true);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            folder.write(file.getKey(), file.getValue());
        }
        folder.commit();
        return folder;
    }

    @Test
    void changedContentRewritesOnlyTheFilesThatShowIt(@TempDir Path temp) throws Exception {
        TestSite site = builtLongAgo(temp);
        Path notes = site.root().resolve("content/papers/grokking-theory.md");
        Files.writeString(notes, Files.readString(notes) + "Now with a note.\n");
        BuildResult second = site.build();
        assertTrue(second.changed() > 0 && second.changed() < second.files() / 2, second.toString());
        assertTrue(Files.getLastModifiedTime(site.out().resolve("papers/grokking-theory/index.html"))
                .compareTo(LONG_AGO) > 0);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site.out().resolve("papers/scaling-laws/index.html")));
    }

    @Test
    void filesNoLongerProducedAreRemovedWithTheirEmptyFolders(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        site.file("content/digests/2024-03-11.md", "---\npapers: [policy-gradients]\n---\n");
        site.build();
        assertTrue(Files.notExists(site.out().resolve("papers/unthemed-note")));
        assertTrue(Files.notExists(site.out().resolve("themes/optimization/page/2")));
        site.build(site.options().withOutDir(temp.resolve("fresh")));
        assertEquals(GoldenBuildTest.files(temp.resolve("fresh")), GoldenBuildTest.files(site.out()));
    }

    @Test
    void failedBuildLeavesTheOldSiteInPlace(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        Map<String, String> before = contents(site.out());
        site.file("templates/paper.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page>${page.nope}</@layout.page>");
        assertThrows(StageFailedException.class, site::build);
        assertEquals(before, contents(site.out()));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(".site.paperboy-cache", ".site.paperboy-files", "content", "site", "templates"),
                    siblings.map(path -> path.getFileName().toString()).sorted().toList(),
                    "no staging left behind, only the first build's cache and manifest");
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotABuiltSite(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp).file("elsewhere/notes.txt", "precious");
        Map<String, String> before = contents(temp.resolve("elsewhere"));
        assertThrows(StageFailedException.class,
                () -> site.build(site.options().withOutDir(temp.resolve("elsewhere"))));
        assertEquals(before, contents(temp.resolve("elsewhere")));
    }

    @Test
    void aBuildIntoAFolderOfOtherFilesIsRefusedUnlessForcedAndNeverDeletesThem(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        Path www = temp.resolve("www");
        Files.createDirectories(www.resolve("blog"));
        Files.writeString(www.resolve("index.html"), "someone else's home page");
        Files.writeString(www.resolve("blog/post.html"), "precious");
        Files.writeString(www.resolve("notes.txt"), "precious too");
        BuildOptions intoWww = site.options().withOutDir(www);
        assertThrows(StageFailedException.class, () -> site.build(intoWww));
        assertEquals("precious", Files.readString(www.resolve("blog/post.html")));

        site.build(intoWww.withForce(true));
        assertEquals("precious", Files.readString(www.resolve("blog/post.html")));
        assertEquals("precious too", Files.readString(www.resolve("notes.txt")));
        assertTrue(Files.exists(www.resolve("papers/unthemed-note/index.html")));

        site.file("content/digests/2024-03-11.md", "---\npapers: [policy-gradients]\n---\n");
        site.build(intoWww);
        assertTrue(Files.notExists(www.resolve("papers/unthemed-note")), "its own stale pages are removed");
        assertEquals("precious", Files.readString(www.resolve("blog/post.html")));
        assertEquals("precious too", Files.readString(www.resolve("notes.txt")));
    }

    @Test
    void theFirstBuildCreatesTheOutputFolderWithTheUmasksModeLikeItsSubfolders(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createDirectory(temp.resolve("probe")));
        assertEquals(usual, Files.getPosixFilePermissions(site.out()));
        assertEquals(usual, Files.getPosixFilePermissions(site.out().resolve("papers")));
    }

    /** The fixture built once, every output file dated long ago so a rewrite shows in its mtime. */
    private static TestSite builtLongAgo(Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        for (String file : GoldenBuildTest.files(site.out())) {
            Files.setLastModifiedTime(site.out().resolve(file), LONG_AGO);
        }
        return site;
    }

    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String file : GoldenBuildTest.files(root)) {
            files.put(file, Files.readString(root.resolve(file)));
        }
        return files;
    }
}
