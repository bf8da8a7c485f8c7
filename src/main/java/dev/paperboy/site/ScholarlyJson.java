package dev.paperboy.site;

/**
 * A paper as a schema.org {@code ScholarlyArticle} in JSON-LD, for the paper page's
 * {@code <script type="application/ld+json">}. {@code <}, {@code >} and {@code &} are written as {@code \}{@code u}
 * escapes, so no text can close the script element, whatever it holds.
 *
 * <p>Written by hand, byte for byte as Jackson's generator writes it with those three characters escaped
 * ({@code ScholarlyJsonTest} compares both): through Jackson, the text of every page's block went through a char
 * buffer and a synchronized {@code StringWriter}, which cost as much as the rest of the page's head.
 */
final class ScholarlyJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ScholarlyJson() {
    }

    /** @param url the paper page's absolute URL */
    static String of(PaperCard paper, String url) {
        int size = 256 + 2 * paper.title().length() + url.length() + paper.abstractText().length();
        for (String author : paper.authors()) {
            size += 32 + author.length();
        }
        StringBuilder json = new StringBuilder(size);
        json.append("{\"@context\":\"https://schema.org\",\"@type\":\"ScholarlyArticle\"");
        field(json, "headline", paper.title());
        field(json, "name", paper.title());
        field(json, "url", url);
        if (!paper.authors().isEmpty()) {
            json.append(",\"author\":[");
            for (int i = 0; i < paper.authors().size(); i++) {
                json.append(i == 0 ? "" : ",").append("{\"@type\":\"Person\"");
                field(json, "name", paper.authors().get(i));
                json.append('}');
            }
            json.append(']');
        }
        if (paper.published() != null) {
            field(json, "datePublished", paper.published().iso());
        }
        if (!paper.abstractText().isEmpty()) {
            field(json, "abstract", paper.abstractText());
        }
        ArxivLinks arxiv = paper.arxiv();
        if (arxiv != null) {
            json.append(",\"identifier\":{\"@type\":\"PropertyValue\",\"propertyID\":\"arXiv\"");
            field(json, "value", arxiv.id());
            json.append("},\"sameAs\":[");
            string(json, arxiv.abs());
            if (arxiv.huggingFace() != null) {
                string(json.append(','), arxiv.huggingFace());
            }
            json.append(']');
        }
        if (!paper.themes().isEmpty()) {
            json.append(",\"keywords\":[");
            for (int i = 0; i < paper.themes().size(); i++) {
                string(json.append(i == 0 ? "" : ","), paper.themes().get(i).name());
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    /** {@code ,"name":"value"}, after an earlier field. */
    private static void field(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":");
        string(json, value);
    }

    /**
     * A JSON string as Jackson writes it: {@code "} and {@code \} escaped with a backslash, control characters as
     * {@code \b \t \n \f \r} or {@code \}{@code u00XX}, {@code < > &} as {@code \}{@code u00XX}, everything else as
     * it is. Runs without any of those are appended whole.
     */
    private static void string(StringBuilder json, String text) {
        json.append('"');
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
                json.append(text, run, i).append('\\');
                switch (c) {
                    case '"', '\\' -> json.append(c);
                    case '\b' -> json.append('b');
                    case '\t' -> json.append('t');
                    case '\n' -> json.append('n');
                    case '\f' -> json.append('f');
                    case '\r' -> json.append('r');
                    default -> json.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
                run = i + 1;
            }
        }
        json.append(text, run, text.length()).append('"');
    }
}
