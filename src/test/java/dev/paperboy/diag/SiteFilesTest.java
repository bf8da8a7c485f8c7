package dev.paperboy.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryByteOfFilesOfAnySizeAndLinksInsideTheSite() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        SiteFiles files = new SiteFiles(site);
        byte[] large = "Jürgen Schmidhuber\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        Files.write(site.resolve("large.md"), large);
        Files.write(site.resolve("empty.md"), new byte[0]);
        Files.createSymbolicLink(site.resolve("link.md"), site.resolve("large.md"));
        assertArrayEquals(large, files.read(site.resolve("large.md")));
        assertArrayEquals(new byte[0], files.read(site.resolve("empty.md")));
        assertArrayEquals(large, files.read(site.resolve("link.md")));
    }

    @Test
    void refusesALinkLeadingOutsideTheSite() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("out.md"), secret);
        assertThrows(SiteFiles.OutsideSiteException.class, () -> new SiteFiles(site).read(site.resolve("out.md")));
    }
}
