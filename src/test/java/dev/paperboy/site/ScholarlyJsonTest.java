package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScholarlyJsonTest {
    /** Characters JSON or a script element treat specially, and some that neither does. */
    private static final String ALPHABET = "a Z0\"\\/<>&'\b\t\n\f\r\u0000\u001f\u007f\u00e9\u2028\u2029\u4e2d"
            + "\uD83D\uDE00\uD800\uDC00";

    @Test
    void writesWhatJacksonWritesWithTheScriptClosingCharactersEscaped() throws IOException {
        Random random = new Random(18);
        for (int i = 0; i < 500; i++) {
            PaperCard card = card(random);
            String url = "https://example.org/papers/" + text(random) + "/";
            assertEquals(jackson(card, url), ScholarlyJson.of(card, url));
        }
    }

    @Test
    void readsBackAsTheCardsValuesWithNothingThatClosesTheScript() throws IOException {
        String hostile = "</script><!-- \"a\" & \\b\n\u0001 \u00e9\u4e2d\uD83D\uDE00";
        PaperCard card = new PaperCard("s", "papers/s/index.html", hostile, hostile + "!", hostile + "!", false, "",
                null, List.of(hostile, "B"), null, new ArxivLinks("2501.00001", "a", "p", null), List.of(), null,
                null, null, null, null, List.of());
        String text = ScholarlyJson.of(card, "https://example.org/p/");
        assertEquals(-1, text.indexOf('<'));
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals(hostile, json.get("headline").asText());
        assertEquals(hostile + "!", json.get("abstract").asText());
        assertEquals(List.of(hostile, "B"), IntStream.range(0, json.get("author").size())
                .mapToObj(i -> json.get("author").get(i).get("name").asText()).toList());
        assertEquals("2501.00001", json.get("identifier").get("value").asText());
    }

    private static PaperCard card(Random random) {
        List<String> authors = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            authors.add(text(random));
        }
        List<ThemeLink> themes = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            themes.add(new ThemeLink("t" + i, text(random), "themes/t" + i + "/index.html"));
        }
        ArxivLinks arxiv = random.nextBoolean() ? null : new ArxivLinks(text(random), text(random), text(random),
                random.nextBoolean() ? null : text(random));
        String abstractText = random.nextBoolean() ? "" : text(random);
        return new PaperCard("slug", "papers/slug/index.html", text(random), abstractText, abstractText, false, "",
                random.nextBoolean() ? null : DateView.of(LocalDate.of(2025, 1, 2), ZoneOffset.UTC), authors, null,
                arxiv, List.of(), null, null, null, null, null, themes);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** The block as it was written through Jackson's generator. */
    private static String jackson(PaperCard paper, String url) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setCharacterEscapes(new ScriptSafe());
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "ScholarlyArticle");
            json.writeStringField("headline", paper.title());
            json.writeStringField("name", paper.title());
            json.writeStringField("url", url);
            if (!paper.authors().isEmpty()) {
                json.writeArrayFieldStart("author");
                for (String author : paper.authors()) {
                    json.writeStartObject();
                    json.writeStringField("@type", "Person");
                    json.writeStringField("name", author);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            if (paper.published() != null) {
                json.writeStringField("datePublished", paper.published().iso());
            }
            if (!paper.abstractText().isEmpty()) {
                json.writeStringField("abstract", paper.abstractText());
            }
            if (paper.arxiv() != null) {
                json.writeObjectFieldStart("identifier");
                json.writeStringField("@type", "PropertyValue");
                json.writeStringField("propertyID", "arXiv");
                json.writeStringField("value", paper.arxiv().id());
                json.writeEndObject();
                json.writeArrayFieldStart("sameAs");
                json.writeString(paper.arxiv().abs());
                if (paper.arxiv().huggingFace() != null) {
                    json.writeString(paper.arxiv().huggingFace());
                }
                json.writeEndArray();
            }
            if (!paper.themes().isEmpty()) {
                json.writeArrayFieldStart("keywords");
                for (ThemeLink theme : paper.themes()) {
                    json.writeString(theme.name());
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        return out.toString();
    }

    private static final class ScriptSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
