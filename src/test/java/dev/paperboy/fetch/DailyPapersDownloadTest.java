package dev.paperboy.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.paperboy.diag.Diagnostics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A day in pages, from a local server answering as the daily-papers API does: a Link header names the next page. */
class DailyPapersDownloadTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DAY = "2025-12-02";

    /** What the server answers, by the query asked. */
    private record Reply(int status, String body, String link) {
    }

    private HttpServer server;
    private Function<Map<String, String>, Reply> replies;
    private final List<String> queries = new ArrayList<>();
    private final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/daily_papers", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            synchronized (queries) {
                queries.add(query);
            }
            Reply reply = replies.apply(parameters(query));
            if (reply.link() != null) {
                exchange.getResponseHeaders().add("Link", reply.link());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void keepsADayOfOnePageByteForByteAskingForPagesOfAHundred() throws IOException {
        String answer = "[\n  " + items(0, 15) + "\n]\n";
        replies = query -> new Reply(200, answer, null);

        byte[] day = download("hf:" + DAY).orElseThrow();

        assertArrayEquals(answer.getBytes(StandardCharsets.UTF_8), day);
        assertEquals(List.of("date=" + DAY + "&limit=100"), queries);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
    }

    @Test
    void followsTheNextPageUntilNoneIsNamedAndJoinsThemInOrder() throws IOException {
        replies = query -> switch (query.getOrDefault("p", "0")) {
            case "0" -> new Reply(200, "[" + items(0, 3) + "]", "</api/daily_papers?date=" + DAY
                    + "&limit=3&p=1>; rel=\"next\"");
            case "1" -> new Reply(200, "[ " + items(3, 3) + " ]", "<" + api() + "?date=" + DAY
                    + "&limit=3&p=2>; rel=\"next\"");
            default -> new Reply(200, "[" + items(6, 1) + "]\n", null);
        };

        byte[] day = download(api() + "?date=" + DAY + "&limit=3").orElseThrow();

        assertEquals(List.of("2511.00000", "2511.00001", "2511.00002", "2511.00003", "2511.00004", "2511.00005",
                "2511.00006"), ids(day));
        assertEquals("Schrödinger’s paper 4", MAPPER.readTree(day).get(4).path("paper").path("title").asText());
        assertEquals(List.of("date=" + DAY + "&limit=3", "date=" + DAY + "&limit=3&p=1",
                "date=" + DAY + "&limit=3&p=2"), queries);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
    }

    @Test
    void joinsAnEmptyLastPageToNothing() throws IOException {
        secondPageAnswers(new Reply(200, "[]", null));

        assertEquals(List.of("2511.00000", "2511.00001"), ids(download(api() + "?date=" + DAY + "&limit=2")
                .orElseThrow()));
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
    }

    @Test
    void warnsThatAFullPageNamingNoNextPageMayLeaveOutPapers() throws IOException {
        replies = query -> new Reply(200, "[" + items(0, 3) + "]", null);

        assertEquals(3, ids(download(api() + "?date=" + DAY + "&limit=3").orElseThrow()).size());
        assertEquals(List.of("hf:" + DAY + ": warning: " + api() + "?date=" + DAY + "&limit=3 answered a full page"
                + " of papers and named no next page; the day may hold more than the 3 papers kept"),
                diagnostics.formatted());
    }

    @Test
    void stopsWhereAPageRepeatsAnEarlierOne() throws IOException {
        replies = query -> new Reply(200, "[" + items(0, 2) + "]", "</api/daily_papers?date=" + DAY
                + "&limit=2&p=" + (Integer.parseInt(query.getOrDefault("p", "0")) + 1) + ">; rel=next");

        assertEquals(List.of("2511.00000", "2511.00001"), ids(download(api() + "?date=" + DAY + "&limit=2")
                .orElseThrow()));
        assertEquals(List.of("hf:" + DAY + ": warning: " + api() + "?date=" + DAY + "&limit=2&p=1 repeats the papers"
                + " of an earlier page; the day may hold more than the 2 papers kept"), diagnostics.formatted());
    }

    @Test
    void stopsAfterTwentyPagesOfAServerThatPagesWithoutEnd() throws IOException {
        replies = query -> {
            int page = Integer.parseInt(query.getOrDefault("p", "0"));
            return new Reply(200, "[" + items(page, 1) + "]", "<?date=" + DAY + "&limit=1&p=" + (page + 1)
                    + ">; rel=\"next\"");
        };

        assertEquals(DailyPapersDownload.MAX_PAGES, ids(download(api() + "?date=" + DAY + "&limit=1")
                .orElseThrow()).size());
        assertEquals(List.of("hf:" + DAY + ": warning: stopped after 20 pages of " + api() + "?date=" + DAY
                + "&limit=1; the day may hold more than the 20 papers kept"), diagnostics.formatted());
    }

    @Test
    void keepsNothingOfADayWhosePageFails() {
        secondPageAnswers(new Reply(503, "", null));

        assertEquals(Optional.empty(), download(api() + "?date=" + DAY + "&limit=2"));
        assertEquals(List.of("hf:" + DAY + ": error: " + api() + "?date=" + DAY + "&limit=2&p=1 answered HTTP 503,"
                + " not 200 (the service is busy; try again later)"), diagnostics.formatted());
    }

    @Test
    void keepsNothingOfADayWhoseLaterPageIsNoArrayOfPapers() {
        secondPageAnswers(new Reply(200, "{\"error\": \"Invalid page\"}", null));

        assertEquals(Optional.empty(), download(api() + "?date=" + DAY + "&limit=2"));
        assertEquals(List.of("hf:" + DAY + ": error: page 2 of the day, " + api() + "?date=" + DAY + "&limit=2&p=1,"
                + " is not a JSON array of papers; nothing of the day was kept"), diagnostics.formatted());
    }

    @Test
    void leavesAFirstAnswerThatIsNoListingForImportToDescribe() {
        String error = "{\"error\": \"Invalid date\"}";
        replies = query -> new Reply(200, error, null);

        assertArrayEquals(error.getBytes(StandardCharsets.UTF_8), download("hf:" + DAY).orElseThrow());
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
    }

    @Test
    void addsThePageSizeOnlyWhereTheAddressHasNone() {
        assertEquals(URI.create("https://h/api?date=" + DAY + "&limit=100"),
                DailyPapersDownload.firstPage(URI.create("https://h/api?date=" + DAY)));
        assertEquals(URI.create("https://h/api?limit=20&date=" + DAY),
                DailyPapersDownload.firstPage(URI.create("https://h/api?limit=20&date=" + DAY)));
        assertEquals(URI.create("https://h/api?sublimit=2&date=" + DAY + "&limit=100"),
                DailyPapersDownload.firstPage(URI.create("https://h/api?sublimit=2&date=" + DAY)));
        assertEquals(URI.create("https://h/api?limit=100"), DailyPapersDownload.firstPage(URI.create("https://h/api")));
    }

    /** A first page of two papers that names a second, {@code p=1}, which answers {@code second}. */
    private void secondPageAnswers(Reply second) {
        replies = query -> query.containsKey("p") ? second
                : new Reply(200, "[" + items(0, 2) + "]", "<?date=" + DAY + "&limit=2&p=1>; rel=\"next\"");
    }

    private Optional<byte[]> download(String argument) {
        DailyPapersSource source = DailyPapersSource.parse(argument,
                Map.of(DailyPapersSource.BASE_URL_VARIABLE, api()));
        return DailyPapersDownload.of(source, new HttpFetcher("1"), diagnostics);
    }

    private String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/daily_papers";
    }

    /** {@code count} items in the API's shape, numbered from {@code first}, joined by commas. */
    private static String items(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> String.format("{\"paper\": {\"id\": \"2511.%05d\","
                + " \"title\": \"Schrödinger’s paper %d\"}, \"submittedOnDailyAt\": \"%s\"}", i, i, DAY))
                .collect(Collectors.joining(", "));
    }

    private static List<String> ids(byte[] day) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : MAPPER.readTree(day)) {
            ids.add(item.path("paper").path("id").asText());
        }
        return ids;
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new ConcurrentHashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return parameters;
    }
}
