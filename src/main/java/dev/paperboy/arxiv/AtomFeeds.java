package dev.paperboy.arxiv;

import dev.paperboy.listing.ArxivId;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the Atom feeds of arXiv's API as its user manual describes them: a {@code feed} with
 * {@code opensearch:totalResults} and one {@code entry} per paper ({@code id}, the abstract page's URL;
 * {@code title}; {@code author/name}, in order), or a single entry whose id is under {@code /api/errors} when the
 * query was refused.
 */
final class AtomFeeds {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
    private static final String ABSTRACT_PATH = "/abs/";
    private static final String ERROR_PATH = "/api/errors";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AtomFeeds() {
    }

    static ArxivFeed parse(byte[] bytes) throws InvalidAnswerException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // An answer is data from the network: no document type, no entities fetched from anywhere.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            reader.nextTag();
            if (!ATOM.equals(reader.getNamespaceURI()) || !"feed".equals(reader.getLocalName())) {
                throw new InvalidAnswerException("not an Atom feed: its root element is <" + reader.getLocalName()
                        + ">");
            }
            ArxivFeed feed = feed(reader);
            while (reader.hasNext()) {
                reader.next();
            }
            return feed;
        } catch (XMLStreamException e) {
            throw new InvalidAnswerException("not well-formed XML" + where(e.getLocation()) + ": " + reason(e));
        } finally {
            close(reader);
        }
    }

    private static ArxivFeed feed(XMLStreamReader reader) throws XMLStreamException, InvalidAnswerException {
        Integer total = null;
        List<ArxivEntry> entries = new ArrayList<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (is(reader, OPENSEARCH, "totalResults")) {
                total = count(reader.getElementText());
            } else if (is(reader, ATOM, "entry")) {
                entry(reader, entries);
            } else {
                skip(reader);
            }
        }
        return new ArxivFeed(total == null ? entries.size() : total, entries);
    }

    /** Adds the entry's paper to {@code entries}; an entry whose id is no arXiv identifier is left out. */
    private static void entry(XMLStreamReader reader, List<ArxivEntry> entries)
            throws XMLStreamException, InvalidAnswerException {
        String id = "";
        String title = "";
        String summary = "";
        List<String> authors = new ArrayList<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (is(reader, ATOM, "id")) {
                id = reader.getElementText().strip();
            } else if (is(reader, ATOM, "title")) {
                title = collapse(reader.getElementText());
            } else if (is(reader, ATOM, "summary")) {
                summary = collapse(reader.getElementText());
            } else if (is(reader, ATOM, "author")) {
                author(reader, authors);
            } else {
                skip(reader);
            }
        }
        if (id.contains(ERROR_PATH)) {
            throw new InvalidAnswerException("arXiv refused the query: " + (summary.isEmpty() ? id : summary));
        }
        int abs = id.lastIndexOf(ABSTRACT_PATH);
        String arxivId = abs < 0 ? "" : id.substring(abs + ABSTRACT_PATH.length());
        if (ArxivId.isValid(arxivId)) {
            entries.add(new ArxivEntry(ArxivId.withoutVersion(arxivId), title, authors));
        }
    }

    private static void author(XMLStreamReader reader, List<String> authors) throws XMLStreamException {
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (is(reader, ATOM, "name")) {
                String name = collapse(reader.getElementText());
                if (!name.isEmpty()) {
                    authors.add(name);
                }
            } else {
                skip(reader);
            }
        }
    }

    private static int count(String text) throws InvalidAnswerException {
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidAnswerException("opensearch:totalResults is not a count: \"" + text.strip() + "\"");
    }

    /** Skips the current element and all it holds; the reader is left on its end tag. */
    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static boolean is(XMLStreamReader reader, String namespace, String name) {
        return namespace.equals(reader.getNamespaceURI()) && name.equals(reader.getLocalName());
    }

    private static String collapse(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** The parser's own words, without the position it puts in front of them. */
    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int start = message.indexOf("Message: ");
        String reason = start < 0 ? message : message.substring(start + "Message: ".length());
        return reason.lines().findFirst().orElse("").strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing is held open but the byte array
        }
    }
}
