package dev.paperboy.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.paperboy.render.internal.CharsTable;
import dev.paperboy.site.PageView;
import dev.paperboy.site.SearchEntry;
import dev.paperboy.site.ThemeLink;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One shard of the search index, as the template {@code search-papers.ftl} writes it for
 * templates/assets/search.js: the papers from position {@code first} on (oldest first, so that a new paper changes
 * the last shard only). Its JSON holds the shard's number, {@code first}, each paper's slug, title, authors, themes
 * and date (a paper's id is its position in the shard), and for each field of {@link #FIELDS} the sorted words of
 * the shard's papers with, for each word, the ids of the papers that hold it: the gaps between ids in base 32,
 * most significant digit first, each digit but the last written with {@link #DIGITS}{@code [32..63]}. Words and
 * their id lists are joined by spaces, which neither holds.
 *
 * @param paperPath the output path of a paper page, with {@code {slug}} for the slug
 */
public record SearchData(int shard, int first, List<SearchEntry> papers, String paperPath) implements PageView {
    /** Papers per shard: a save in {@code serve} writes one shard again, at a few milliseconds per hundred papers. */
    static final int SHARD_SIZE = 500;
    /** The fields search ranks by, best first. */
    static final List<String> FIELDS = List.of("title", "authors", "themes", "abstract", "notes");
    static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    /** Escaped to ASCII, so the file reads the same whatever character set a web server claims for it. */
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    public SearchData {
        papers = List.copyOf(papers);
        Objects.requireNonNull(paperPath, "paperPath");
    }

    /** The shard as JSON. */
    public String json() {
        // One field after another: shards are rendered in parallel with other pages, and a thread waiting for its
        // fields to be indexed on others mostly spun (a quarter of the index's cpu time in a 10k build).
        List<CharsTable<Postings>> fields = IntStream.range(0, FIELDS.size()).mapToObj(this::postings).toList();
        StringWriter text = new StringWriter(papers.size() * 512);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("shard", shard);
            json.writeNumberField("first", first);
            json.writeArrayFieldStart("papers");
            for (SearchEntry paper : papers) {
                json.writeStartArray();
                json.writeString(paper.card().slug());
                json.writeString(paper.card().title());
                json.writeString(String.join(", ", paper.authors()));
                json.writeString(paper.card().themes().stream().map(ThemeLink::name)
                        .collect(Collectors.joining(", ")));
                json.writeString(paper.date().text());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("fields");
            for (CharsTable<Postings> field : fields) {
                writeField(json, field.values());
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return text.toString();
    }

    /** The papers of this shard holding each word of the {@code field}th of {@link #FIELDS}, by word. */
    private CharsTable<Postings> postings(int field) {
        CharsTable<Postings> postings = new CharsTable<>();
        for (int id = 0; id < papers.size(); id++) {
            int paper = id;
            SearchWords.Sink add = (text, start, end) -> postings.computeIfAbsent(text, start, end, Postings::new)
                    .add(paper);
            SearchEntry entry = papers.get(id);
            switch (FIELDS.get(field)) {
                case "title" -> SearchWords.scan(entry.card().title(), add);
                case "authors" -> entry.authors().forEach(name -> SearchWords.scan(name, add));
                case "themes" -> entry.card().themes().forEach(theme -> SearchWords.scan(theme.name(), add));
                case "abstract" -> SearchWords.scan(entry.card().abstractText(), add);
                default -> SearchWords.scanMarkdown(entry.notes(), add);
            }
        }
        return postings;
    }

    /** {@code [words, ids]} of one field, its postings sorted by word. */
    private static void writeField(JsonGenerator json, List<Postings> postings) throws IOException {
        postings.sort(Comparator.comparing(word -> word.word));
        StringBuilder words = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        for (Postings word : postings) {
            if (!words.isEmpty()) {
                words.append(' ');
                ids.append(' ');
            }
            words.append(word.word);
            ids.append(word.gaps);
        }
        json.writeStartArray();
        json.writeString(words.toString());
        json.writeString(ids.toString());
        json.writeEndArray();
    }

    /** A word and the ids of the papers holding it, added in increasing order (repeats ignored), as encoded gaps. */
    private static final class Postings {
        private final String word;
        private final StringBuilder gaps = new StringBuilder();
        private int last = -1;

        Postings(String word) {
            this.word = word;
        }

        void add(int id) {
            if (id == last) {
                return;
            }
            int gap = id - last - 1;
            last = id;
            int shift = 0;
            while (gap >>> shift >= 32) {
                shift += 5;
            }
            for (; shift > 0; shift -= 5) {
                gaps.append(DIGITS.charAt(32 + (gap >>> shift & 31)));
            }
            gaps.append(DIGITS.charAt(gap & 31));
        }
    }
}
