package dev.paperboy.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The one rule for reading a site's files: a symbolic link whose target lies outside the site folder is never
 * followed (reading it is an error naming the link); one that stays inside is followed like the file it points
 * to. Everything that reads content, configuration, templates or assets goes through here, so a site cannot
 * publish {@code /etc/passwd} or a build's environment by linking to it.
 */
public final class SiteFiles {
    /** The error message for such a link, reported at the link's own path. */
    public static final String OUTSIDE = "symbolic link to a file outside the site";

    private final Path root;
    private final Path realRoot;

    /** @param root the site folder; it need not exist */
    public SiteFiles(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        this.root = absolute;
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            real = absolute;
        }
        this.realRoot = real;
    }

    /**
     * All bytes of {@code file}. If it is a link, it is followed only when its target is inside the site. Folders on
     * the way are not checked here (once per folder, with {@link #inside}, is enough).
     *
     * @throws OutsideSiteException when {@code file} is a link leading outside
     */
    public byte[] read(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, LinkOption.NOFOLLOW_LINKS)) {
            return readAll(channel);
        } catch (IOException e) {
            // Opening a link without following it fails (ELOOP, as a plain IOException on Linux).
            if (e instanceof NoSuchFileException || !Files.isSymbolicLink(file)) {
                throw e;
            }
        }
        return Files.readAllBytes(inside(file));
    }

    /**
     * The channel's bytes in an array of the file's size, read on to the end should the file have grown meanwhile:
     * InputStream.readAllBytes would read through a new 8 KB buffer and copy, three times the garbage of a paper.
     */
    private static byte[] readAll(SeekableByteChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("file too large: " + size + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        int count = 0;
        while (buffer.hasRemaining() && count >= 0) {
            count = channel.read(buffer);
        }
        byte[] read = buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        ByteBuffer more = ByteBuffer.allocate(1);
        if (count < 0 || channel.read(more) < 0) {
            return read;
        }
        byte[] rest = Channels.newInputStream(channel).readAllBytes();
        byte[] all = Arrays.copyOf(read, read.length + more.position() + rest.length);
        System.arraycopy(more.array(), 0, all, read.length, more.position());
        System.arraycopy(rest, 0, all, read.length + more.position(), rest.length);
        return all;
    }

    /**
     * The real path of {@code path} (every link on the way followed), if it lies inside the site.
     *
     * @throws OutsideSiteException when it does not
     */
    public Path inside(Path path) throws IOException {
        Path real = path.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new OutsideSiteException(path);
        }
        return real;
    }

    /** Whether {@code path} exists and leads outside the site (following every link on the way). */
    public boolean leadsOutside(Path path) {
        try {
            inside(path);
            return false;
        } catch (OutsideSiteException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reports each link under {@code folder} that leads outside the site, at the link. */
    public void reportOutside(Path folder, Diagnostics diagnostics) {
        try {
            walk(folder).outside().forEach(link -> diagnostics.error(SourcePos.of(label(root, link)), OUTSIDE));
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(label(root, folder)), "cannot list folder: " + e.getMessage());
        }
    }

    /** How a path is named in messages: relative to the site folder when inside it, always with forward slashes. */
    public static String label(Path root, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** The regular files under a folder, and the links in it that lead outside the site (never followed). */
    public record Tree(List<Path> files, List<Path> outside) {
        public Tree {
            files = List.copyOf(files);
            outside = List.copyOf(outside);
        }
    }

    /**
     * Every regular file under {@code folder}, sorted, following links that stay inside the site; links that lead
     * outside (the folder itself included) are listed apart and not followed. A missing folder has no files.
     */
    public Tree walk(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> outside = new ArrayList<>();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Tree(files, outside);
        }
        if (leadsOutside(folder)) {
            return new Tree(files, List.of(folder));
        }
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (!dir.equals(folder) && Files.isSymbolicLink(dir) && leadsOutside(dir)) {
                            outside.add(dir);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (Files.isSymbolicLink(file) && leadsOutside(file)) {
                            outside.add(file);
                        } else if (attributes.isRegularFile()) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        // A dangling link or a loop of links names no file to read.
                        if (e instanceof FileSystemLoopException || Files.isSymbolicLink(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }
                });
        files.sort(null);
        outside.sort(null);
        return new Tree(files, outside);
    }

    /** Reading a link that leads outside the site: its message is {@link #OUTSIDE}. */
    public static final class OutsideSiteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path link;

        OutsideSiteException(Path link) {
            super(OUTSIDE);
            this.link = link;
        }

        /** The path that was asked for, the link or a path through it. */
        public Path link() {
            return link;
        }
    }
}
