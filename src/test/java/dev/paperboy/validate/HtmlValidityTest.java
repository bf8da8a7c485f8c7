package dev.paperboy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** Every page of this repository's built site passes the Nu HTML Checker (the W3C's HTML5 validator), offline. */
class HtmlValidityTest {
    /** One validator for all pages: loading its schemas takes seconds, each page then a fraction of one. */
    private static final EmbeddedValidator VALIDATOR = new EmbeddedValidator();
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        VALIDATOR.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        VALIDATOR.setNoLangDetect(true);
    }

    /** Errors and warnings ("info" messages left out), one line each: {@code label:line: type: message [extract]}. */
    private static List<String> problems(String label, String json) throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode message : JSON.readTree(json).path("messages")) {
            if (!message.path("type").asText().equals("info")) {
                problems.add(label + ":" + message.path("lastLine").asInt() + ": " + message.path("type").asText()
                        + ": " + message.path("message").asText() + " [" + message.path("extract").asText() + "]");
            }
        }
        return problems;
    }

    @Test
    void theValidatorDoesFindErrors() throws Exception {
        String broken = "<!DOCTYPE html><html lang=en><head></head><body><p><div></p></body></html>";
        List<String> found = problems("broken", VALIDATOR.validate(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
        assertTrue(found.stream().anyMatch(line -> line.contains("error: Element “head” is missing a required "
                + "instance of child element “title”")), found.toString());
    }

    @Test
    void everyPageHasZeroHtmlErrors() throws Exception {
        RepoSite site = RepoSite.get();
        List<String> pages = site.files(".html");
        List<String> errors = new ArrayList<>();
        long start = System.nanoTime();
        for (String page : pages) {
            errors.addAll(problems(page, VALIDATOR.validate(site.out().resolve(page))));
        }
        System.out.printf("validated %d pages in %d ms%n", pages.size(), (System.nanoTime() - start) / 1_000_000);
        assertTrue(pages.size() > 1, "no pages built");
        assertEquals(List.of(), errors.stream().limit(50).toList(), errors.size() + " error(s)");
    }
}
