package dev.paperboy.listing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads Hugging Face's daily-papers JSON ({@code /api/daily_papers?date=...}): an array of items, each with a
 * {@code paper} holding the arXiv id, title, summary, authors, dates, upvotes and links. Every field may be missing
 * or null. An item without a title or a listing date is an error that drops that item only; a field of the wrong
 * type or an unusable id or URL is left out with a warning.
 */
final class DailyPapersJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int QUOTE_LIMIT = 60;

    private final String label;
    private final ListingYear year;
    private final Diagnostics diagnostics;

    private DailyPapersJson(String label, ListingYear year, Diagnostics diagnostics) {
        this.label = label;
        this.year = year;
        this.diagnostics = diagnostics;
    }

    /** One listing per listing date, its entries in the file's order; invalid JSON gives none. */
    static List<Listing> parse(String label, String text, ListingYear year, Diagnostics diagnostics) {
        return new DailyPapersJson(label, year, diagnostics).read(text);
    }

    /** An item with where it starts, for messages. */
    private record Item(JsonNode node, SourcePos pos, int number) {
    }

    private List<Listing> read(String text) {
        List<Item> items = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                SourcePos at = pos(parser.currentTokenLocation());
                JsonNode top = parser.readValueAsTree();
                diagnostics.error(at, "not a Hugging Face daily-papers listing: "
                        + "expected an array of papers, found " + describe(top) + apiError(top),
                        "save the answer of https://huggingface.co/api/daily_papers?date=YYYY-MM-DD");
                return List.of();
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) { // Jackson reports an unclosed array itself; this only ends the loop
                    diagnostics.error(pos(parser.currentLocation()), "invalid JSON: the array is not closed");
                    return List.of();
                }
                SourcePos at = pos(parser.currentTokenLocation());
                items.add(new Item(parser.readValueAsTree(), at, items.size() + 1));
            }
            if (parser.nextToken() != null) {
                diagnostics.error(pos(parser.currentTokenLocation()), "invalid JSON: text after the array's end");
                return List.of();
            }
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
            diagnostics.error(pos(e.getLocation()), "invalid JSON: " + message);
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string does no I/O
        }
        if (items.isEmpty()) {
            diagnostics.warning(SourcePos.of(label, 1), "the listing holds no papers");
        }
        return listings(items);
    }

    private List<Listing> listings(List<Item> items) {
        Map<LocalDate, List<ListingEntry>> byDate = new TreeMap<>();
        Map<LocalDate, SourcePos> firstAt = new TreeMap<>();
        Map<LocalDate, Integer> positions = new TreeMap<>();
        for (Item item : items) {
            LocalDate date = listingDate(item);
            if (date == null) {
                continue;
            }
            int position = positions.merge(date, 1, Integer::sum);
            firstAt.putIfAbsent(date, item.pos());
            entry(item, date, position).ifPresent(entry -> byDate.computeIfAbsent(date, d -> new ArrayList<>())
                    .add(entry));
        }
        if (year.date() != null && positions.size() == 1 && !positions.containsKey(year.date())) {
            LocalDate date = positions.keySet().iterator().next();
            diagnostics.warning(firstAt.get(date), "the papers' listing date (" + date + ") disagrees with --date "
                    + year.date() + "; using the listing's");
        }
        List<Listing> listings = new ArrayList<>();
        firstAt.forEach((date, pos) -> listings.add(new Listing(date, pos, byDate.getOrDefault(date, List.of()))));
        return listings;
    }

    /** {@code paper.submittedOnDailyAt}, else {@code --date}; null (reported) when neither gives one. */
    private LocalDate listingDate(Item item) {
        if (!item.node().isObject()) {
            diagnostics.error(item.pos(), "item " + item.number() + " is " + describe(item.node())
                    + ", not a paper (an object with \"paper\")");
            return null;
        }
        JsonNode submitted = item.node().path("paper").path("submittedOnDailyAt");
        if (submitted.isMissingNode() || submitted.isNull()) {
            if (year.date() == null) {
                diagnostics.error(item.pos(), "item " + item.number() + " has no \"paper.submittedOnDailyAt\","
                        + " the day it was listed", "pass --date YYYY-MM-DD to give it");
            }
            return year.date();
        }
        LocalDate date = date(submitted);
        if (date == null) {
            diagnostics.error(item.pos(), "item " + item.number() + ": \"paper.submittedOnDailyAt\" is not a date: "
                    + describe(submitted));
        }
        return date;
    }

    private Optional<ListingEntry> entry(Item item, LocalDate listingDate, int position) {
        JsonNode paper = item.node().path("paper");
        String rawTitle = text(item, paper, "title");
        String title = rawTitle == null ? "" : LatexCleaner.clean(rawTitle);
        if (title.isEmpty()) {
            diagnostics.error(item.pos(), "item " + item.number() + (rawTitle == null
                    ? " has no \"paper.title\"" : ": \"paper.title\" is empty once its LaTeX is read"));
            return Optional.empty();
        }
        String name = "item " + item.number() + " (" + quote(title) + ")";
        String summary = text(item, paper, "summary");
        String abstractText = summary == null ? "" : LatexCleaner.clean(summary);
        List<String> links = HttpUrls.inText(abstractText, found -> diagnostics.warning(item.pos(),
                name + ": link " + quote(found) + " left out: not a valid http(s) URL"));
        String codeUrl = url(item, paper, "githubRepo", name);
        Organization organization = organization(item.node());
        List<String> authors = authors(paper);
        return Optional.of(new ListingEntry(item.pos(), listingDate, position, title, abstractText,
                organization == null && !authors.isEmpty() ? authors.size() : null, organization,
                date(paper.path("publishedAt")), upvotes(item, paper, name), links,
                codeUrl != null ? codeUrl : Links.codeUrl(links).orElse(null), arxivId(item, paper, name), authors,
                url(item, paper, "projectPage", name)));
    }

    /** {@code paper.KEY} as text, else the item's own {@code KEY} (the API repeats title and summary there). */
    private String text(Item item, JsonNode paper, String key) {
        JsonNode value = paper.path(key);
        if (!value.isTextual()) {
            value = item.node().path(key);
        }
        return value.isTextual() ? value.asText() : null;
    }

    private String arxivId(Item item, JsonNode paper, String name) {
        JsonNode id = paper.path("id");
        if (id.isMissingNode() || id.isNull()) {
            return null;
        }
        if (id.isTextual() && ArxivId.isValid(id.asText())) {
            return id.asText();
        }
        diagnostics.warning(item.pos(), name + ": \"paper.id\" is not an arXiv identifier: " + describe(id)
                + "; imported without it");
        return null;
    }

    private String url(Item item, JsonNode paper, String key, String name) {
        JsonNode value = paper.path(key);
        if (value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        Optional<String> url = value.isTextual() ? HttpUrls.normalize(value.asText().strip()) : Optional.empty();
        if (url.isPresent()) {
            return url.get();
        }
        diagnostics.warning(item.pos(), name + ": \"paper." + key + "\" is not an http(s) URL: " + describe(value)
                + "; imported without it");
        return null;
    }

    private Integer upvotes(Item item, JsonNode paper, String name) {
        JsonNode value = paper.path("upvotes");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
            return value.intValue();
        }
        diagnostics.warning(item.pos(), name + ": \"paper.upvotes\" is not a count: " + describe(value)
                + "; imported without it");
        return null;
    }

    /** The names in order; authors without a name are left out. */
    private static List<String> authors(JsonNode paper) {
        List<String> names = new ArrayList<>();
        for (JsonNode author : paper.path("authors")) {
            JsonNode name = author.path("name");
            String cleaned = name.isTextual() ? LatexCleaner.clean(name.asText()) : "";
            if (!cleaned.isEmpty()) {
                names.add(cleaned);
            }
        }
        return names;
    }

    /** The posting organisation: its account ({@code name}) and display name ({@code fullname}). */
    private static Organization organization(JsonNode item) {
        JsonNode organization = item.path("organization");
        if (!organization.isObject()) {
            organization = item.path("paper").path("organization");
        }
        JsonNode account = organization.path("name");
        if (!account.isTextual() || account.asText().isBlank()) {
            return null;
        }
        JsonNode fullName = organization.path("fullname");
        String display = fullName.isTextual() && !fullName.asText().isBlank() ? fullName.asText() : account.asText();
        return new Organization(account.asText().strip(), LatexCleaner.clean(display));
    }

    /** The day of {@code 2026-08-20T00:00:00.000Z} (as the API writes it, in UTC) or of {@code 2026-08-20}. */
    private static LocalDate date(JsonNode value) {
        String text = value.isTextual() ? value.asText() : "";
        if (text.length() < 10 || text.length() > 10 && text.charAt(10) != 'T') {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The API answers errors with {@code {"error": "..."}}: worth showing. */
    private static String apiError(JsonNode top) {
        JsonNode error = top.path("error");
        return error.isTextual() ? " (it says: " + quote(error.asText()) + ")" : "";
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            case STRING -> quote(value.asText());
            default -> value.toString();
        };
    }

    private static String quote(String text) {
        return "\"" + (text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…") + "\"";
    }

    private SourcePos pos(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? SourcePos.of(label)
                : new SourcePos(label, location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }
}
