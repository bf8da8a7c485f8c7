package dev.paperboy.publish;

import dev.paperboy.render.FlexmarkMarkdown;
import dev.paperboy.site.Html;
import dev.paperboy.site.RelatedPaperLists;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;

/**
 * The build cache of one output folder, in the file {@code .<folder>.paperboy-cache} next to it (not inside it,
 * so it is never published and never taken for a stale output file). It holds the Markdown renders, valid while
 * the tool is the same; the related-paper lists, valid while their key ({@link KeptRelatedLists}) is the same; and the page
 * keys of the last successful build ({@link PageKeys}). An unreadable or foreign cache is ignored: it only ever
 * costs a full render.
 */
final class BuildCache {
    private static final int MAGIC = 0x50424334;
    private static final int KEY_BYTES = ViewDigest.BYTES;
    private static final int MAX_STRING_BYTES = 64 << 20;
    private static final int MAX_COUNT = 1 << 24;

    private final Path file;
    private final String tool;
    private final Map<ByteBuffer, Html> notes;
    private final Optional<KeptLists> related;
    private final Map<String, PageKeys.Entry> pages;

    /** Related-paper lists and the key they were found for ({@link KeptRelatedLists}). */
    record KeptLists(byte[] key, RelatedPaperLists lists) {
    }

    private BuildCache(Path file, String tool, Map<ByteBuffer, Html> notes, Optional<KeptLists> related,
            Map<String, PageKeys.Entry> pages) {
        this.file = file;
        this.tool = tool;
        this.notes = notes;
        this.related = related;
        this.pages = pages;
    }

    static Path location(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".paperboy-cache");
    }

    /** The cache as the last build left it, or an empty one for {@code tool} when there is none to trust. */
    static BuildCache load(Path out, String tool) {
        Path file = location(out);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file),
                    1 << 16))) {
                if (in.readInt() == MAGIC && readString(in).equals(tool)) {
                    return read(in, file, tool);
                }
            } catch (IOException | RuntimeException e) {
                // a torn or foreign file: start afresh
            }
        }
        return new BuildCache(file, tool, Map.of(), Optional.empty(), Map.of());
    }

    Map<ByteBuffer, Html> notes() {
        return notes;
    }

    /** The last build's related-paper lists, if they were found for this key. */
    Optional<RelatedPaperLists> related(byte[] key) {
        return related.filter(kept -> Arrays.equals(kept.key(), key)).map(KeptLists::lists);
    }

    /** The page keys of the last build. */
    Map<String, PageKeys.Entry> pages() {
        return pages;
    }

    /**
     * Called before the output changes: if the new cache then cannot be saved, no stale page keys are left to
     * vouch for files that changed.
     */
    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Replaces the cache file in one rename, so a crash leaves the old one or the new one. */
    void save(Map<ByteBuffer, Html> usedNotes, Optional<KeptLists> currentRelated,
            Map<String, PageKeys.Entry> currentPages) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp),
                    1 << 16))) {
                out.writeInt(MAGIC);
                writeString(out, tool);
                List<Map.Entry<ByteBuffer, Html>> held = usedNotes.entrySet().stream()
                        .filter(note -> FlexmarkMarkdown.isWorthKeeping(note.getValue())).toList();
                out.writeInt(held.size());
                for (Map.Entry<ByteBuffer, Html> note : held) {
                    out.write(note.getKey().array());
                    writeString(out, note.getValue().html());
                    writeString(out, note.getValue().text());
                }
                out.writeBoolean(currentRelated.isPresent());
                if (currentRelated.isPresent()) {
                    out.write(currentRelated.get().key());
                    writeLists(out, currentRelated.get().lists());
                }
                out.writeInt(currentPages.size());
                for (Map.Entry<String, PageKeys.Entry> page : currentPages.entrySet()) {
                    writeString(out, page.getKey());
                    out.write(page.getValue().key().array());
                    out.writeLong(page.getValue().size());
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static BuildCache read(DataInputStream in, Path file, String tool) throws IOException {
        int noteCount = readCount(in);
        Map<ByteBuffer, Html> notes = new HashMap<>(noteCount * 2);
        for (int i = 0; i < noteCount; i++) {
            ByteBuffer key = ByteBuffer.wrap(in.readNBytes(KEY_BYTES));
            notes.put(key, new Html(readString(in), readString(in)));
        }
        Optional<KeptLists> related = in.readBoolean()
                ? Optional.of(new KeptLists(in.readNBytes(KEY_BYTES), readLists(in))) : Optional.empty();
        int pageCount = readCount(in);
        Map<String, PageKeys.Entry> pages = new HashMap<>(pageCount * 2);
        for (int i = 0; i < pageCount; i++) {
            String path = readString(in);
            pages.put(path, new PageKeys.Entry(ByteBuffer.wrap(in.readNBytes(KEY_BYTES)), in.readLong()));
        }
        return new BuildCache(file, tool, notes, related, pages);
    }

    /** Each slug is written once, in a table; the lists are written as positions in it. */
    private static void writeLists(DataOutputStream out, RelatedPaperLists related) throws IOException {
        Map<String, List<String>> lists = new TreeMap<>(related.asMap());
        // Collected unordered and sorted once: a sorted set compared each slug of every list as it was added.
        Set<String> listed = new HashSet<>(lists.keySet());
        lists.values().forEach(listed::addAll);
        String[] slugs = listed.toArray(String[]::new);
        Arrays.sort(slugs);
        Map<String, Integer> positions = new HashMap<>(slugs.length * 2);
        out.writeInt(slugs.length);
        for (String slug : slugs) {
            positions.put(slug, positions.size());
            writeString(out, slug);
        }
        out.writeInt(lists.size());
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            out.writeInt(positions.get(list.getKey()));
            out.writeInt(list.getValue().size());
            for (String slug : list.getValue()) {
                out.writeInt(positions.get(slug));
            }
        }
    }

    private static RelatedPaperLists readLists(DataInputStream in) throws IOException {
        String[] slugs = new String[readCount(in)];
        for (int i = 0; i < slugs.length; i++) {
            slugs[i] = readString(in);
        }
        int count = readCount(in);
        Map<String, List<String>> lists = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String slug = slugs[in.readInt()];
            int size = readCount(in);
            List<String> list = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                list.add(slugs[in.readInt()]);
            }
            lists.put(slug, List.copyOf(list));
        }
        return new RelatedPaperLists(lists);
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A count of items to follow; one no build could have means a corrupt file, not a reason to run out of memory. */
    private static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("corrupt cache");
        }
        return count;
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("corrupt cache");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
