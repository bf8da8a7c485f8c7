package dev.paperboy.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A paper as a schema.org {@code ScholarlyArticle} in JSON-LD, for the paper page's
 * {@code <script type="application/ld+json">}. {@code <}, {@code >} and {@code &} are written as {@code \}{@code u}
 * escapes, so no text can close the script element, whatever it holds.
 */
final class ScholarlyJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final CharacterEscapes SCRIPT_SAFE = new ScriptSafe();

    private ScholarlyJson() {
    }

    /** @param url the paper page's absolute URL */
    static String of(PaperCard paper, String url) {
        StringWriter out = new StringWriter(512 + paper.abstractText().length());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setCharacterEscapes(SCRIPT_SAFE);
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
            ArxivLinks arxiv = paper.arxiv();
            if (arxiv != null) {
                json.writeObjectFieldStart("identifier");
                json.writeStringField("@type", "PropertyValue");
                json.writeStringField("propertyID", "arXiv");
                json.writeStringField("value", arxiv.id());
                json.writeEndObject();
                json.writeArrayFieldStart("sameAs");
                json.writeString(arxiv.abs());
                if (arxiv.huggingFace() != null) {
                    json.writeString(arxiv.huggingFace());
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
