package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an XML output file (a feed or the sitemap) with the JDK's strict XML parser, and checks that its links
 * ({@code <link>}, {@code <link href>}, {@code <loc>}) are absolute and, when internal, name a file the build
 * writes. Thread-safe.
 */
final class FeedChecks {
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed");
    private static final Set<String> LINK_ELEMENTS = Set.of("link", "loc");

    private final String label;
    private final OutputUrls urls;
    private final Set<String> files;
    private final SAXParserFactory factory;

    /** Whether an XML file is a feed (RSS or Atom), and the problems found in it. */
    record Feed(boolean isFeed, Diagnostics problems) {
    }

    /**
     * @param label names the output folder in messages
     * @param files every file the build writes, relative to the output folder
     */
    FeedChecks(String label, OutputUrls urls, Set<String> files) {
        this.label = label;
        this.urls = urls;
        this.files = files;
        this.factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            // Our own output never has a DOCTYPE; refusing one keeps the parser off the network and file system.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser supports secure processing", e);
        }
    }

    Feed read(String path, byte[] xml) {
        Handler handler = new Handler(label + path);
        try {
            newParser().parse(new ByteArrayInputStream(xml), handler);
        } catch (SAXParseException e) {
            handler.problems.error(new SourcePos(label + path, Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber())), "not well-formed XML: " + e.getMessage());
            return new Feed(false, handler.problems);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            handler.problems.error(SourcePos.of(label + path), "cannot parse XML: " + e.getMessage());
            return new Feed(false, handler.problems);
        }
        return new Feed(FEED_ROOTS.contains(handler.root), handler.problems);
    }

    /** A factory's parsers are made under its lock: the factory is not documented as thread-safe. */
    private SAXParser newParser() throws ParserConfigurationException, SAXException {
        synchronized (factory) {
            return factory.newSAXParser();
        }
    }

    private final class Handler extends DefaultHandler {
        private final Diagnostics problems = new Diagnostics();
        private final String file;
        private Locator locator;
        private String root;
        private StringBuilder text;
        private int textLine;

        Handler(String file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator newLocator) {
            this.locator = newLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            root = root == null ? localName : root;
            if (!LINK_ELEMENTS.contains(localName)) {
                return;
            }
            String href = attributes.getValue("href");
            if (href != null) {
                checkLink(SourcePos.of(file, locator.getLineNumber()), href);
            } else {
                text = new StringBuilder();
                textLine = locator.getLineNumber();
            }
        }

        @Override
        public void characters(char[] chars, int start, int length) {
            if (text != null) {
                text.append(chars, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (text != null) {
                checkLink(SourcePos.of(file, textLine), text.toString().strip());
                text = null;
            }
        }

        private void checkLink(SourcePos pos, String link) {
            try {
                URI url = new URI(link);
                if (!url.isAbsolute()) {
                    problems.error(pos, "feed link \"" + link + "\" is not absolute");
                    return;
                }
                urls.file(url).ifPresent(target -> new OutputLink(pos, link, target, null).isBuilt(files, label,
                        problems));
            } catch (URISyntaxException e) {
                problems.error(pos, "malformed URL \"" + link + "\": " + e.getReason());
            }
        }
    }
}
