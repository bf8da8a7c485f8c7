package dev.paperboy.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every page of one day of Hugging Face's daily papers, as one JSON array. The API answers a busy day in pages and
 * names the next page in a {@code Link} header, so a day is asked for in pages of {@value #PAGE_SIZE}, the most it
 * gives, until no next page is named. One page is kept byte for byte; several are joined into one array holding
 * each page's items unchanged, in order.
 *
 * <p>Nothing is dropped silently: a full page that names no next page, a page that repeats the papers of an earlier
 * one, and the {@value #MAX_PAGES}th page are each a warning that the day may hold more. A page that fails is an
 * error, and nothing of the day is kept.
 */
public final class DailyPapersDownload {
    /** The most the API gives in one page, by the clients that page through it. */
    static final int PAGE_SIZE = 100;
    /** Ten times a busy day: only a server that pages without end gets this far. */
    static final int MAX_PAGES = 20;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern LIMIT = Pattern.compile("(?:^|&)limit=(\\d{1,9})(?:&|$)");

    private final DailyPapersSource source;
    private final SourcePos pos;
    private final Diagnostics diagnostics;

    private DailyPapersDownload(DailyPapersSource source, Diagnostics diagnostics) {
        this.source = source;
        this.pos = SourcePos.of("hf:" + source.date());
        this.diagnostics = diagnostics;
    }

    /** The day's papers as one JSON array; empty, with the error reported, when a page could not be downloaded. */
    public static Optional<byte[]> of(DailyPapersSource source, HttpFetcher fetcher, Diagnostics diagnostics) {
        return new DailyPapersDownload(source, diagnostics).download(fetcher);
    }

    private Optional<byte[]> download(HttpFetcher fetcher) {
        URI uri = firstPage(source.uri());
        int pageSize = pageSize(uri);
        List<byte[]> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (uri != null) {
            Optional<HttpFetcher.Answer> answer = fetcher.fetch(uri, pos, diagnostics);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            Optional<List<JsonNode>> items = items(answer.get().body());
            if (items.isEmpty()) {
                if (pages.isEmpty()) {
                    return answer.map(HttpFetcher.Answer::body); // not a listing: import says what it holds
                }
                diagnostics.error(pos, "page " + (pages.size() + 1) + " of the day, " + uri
                        + ", is not a JSON array of papers; nothing of the day was kept");
                return Optional.empty();
            }
            if (!pages.isEmpty() && !addsPapers(items.get(), seen, uri)) {
                break;
            }
            items.get().forEach(item -> seen.add(id(item)));
            pages.add(answer.get().body());
            uri = nextPage(answer.get().next(), uri, items.get().size() >= pageSize, pages.size(), seen.size());
        }
        return Optional.of(pages.size() == 1 ? pages.get(0) : joined(pages));
    }

    /** Whether a later page holds papers not seen before: an empty one ends the day, a repeated one is warned of. */
    private boolean addsPapers(List<JsonNode> items, Set<String> seen, URI uri) {
        if (items.isEmpty()) {
            return false;
        }
        if (items.stream().allMatch(item -> seen.contains(id(item)))) {
            diagnostics.warning(pos, uri + " repeats the papers of an earlier page; the day may hold more than the "
                    + seen.size() + " papers kept");
            return false;
        }
        return true;
    }

    /** The page to ask for next, or null at the end, with a warning where papers may be left out. */
    private URI nextPage(Optional<URI> next, URI uri, boolean full, int pages, int papers) {
        if (next.isEmpty()) {
            if (full) {
                diagnostics.warning(pos, uri + " answered a full page of papers and named no next page; the day"
                        + " may hold more than the " + papers + " papers kept");
            }
            return null;
        }
        if (pages == MAX_PAGES) {
            diagnostics.warning(pos, "stopped after " + MAX_PAGES + " pages of " + source.uri()
                    + "; the day may hold more than the " + papers + " papers kept");
            return null;
        }
        return next.get();
    }

    /** The address with {@code limit=}{@value #PAGE_SIZE} added, unless it asks for a page size of its own. */
    static URI firstPage(URI uri) {
        String query = uri.getRawQuery();
        if (query != null && LIMIT.matcher(query).find()) {
            return uri;
        }
        return URI.create(DailyPapersSource.withParameter(uri.toString(), "limit=" + PAGE_SIZE));
    }

    private static int pageSize(URI uri) {
        Matcher limit = LIMIT.matcher(uri.getRawQuery());
        return limit.find() ? Integer.parseInt(limit.group(1)) : PAGE_SIZE;
    }

    /** The items of a JSON array; empty when the body is something else. */
    private static Optional<List<JsonNode>> items(byte[] body) {
        try {
            JsonNode top = MAPPER.readTree(body);
            if (top == null || !top.isArray()) {
                return Optional.empty();
            }
            List<JsonNode> items = new ArrayList<>(top.size());
            top.forEach(items::add);
            return Optional.of(items);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The arXiv id, or the whole item when it has none: items without an id are told apart by what they hold. */
    private static String id(JsonNode item) {
        JsonNode id = item.path("paper").path("id");
        if (id.isTextual()) {
            return "id:" + id.asText();
        }
        try {
            return "item:" + MAPPER.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree read from JSON writes back
        }
    }

    /**
     * The pages' arrays as one: the text between each page's brackets, unchanged, joined by commas. Read as Latin-1,
     * one char a byte, so the UTF-8 of every item goes back byte for byte.
     */
    private static byte[] joined(List<byte[]> pages) {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (byte[] page : pages) {
            String text = new String(page, StandardCharsets.ISO_8859_1);
            String inside = text.substring(text.indexOf('[') + 1, text.lastIndexOf(']'));
            if (!inside.isBlank()) {
                items.add(inside);
            }
        }
        return items.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
