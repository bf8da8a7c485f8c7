package dev.paperboy.publish;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Parses each XML output file (feeds and the sitemap) with the JDK's strict XML parser, and checks that their
 * links ({@code <link>}, {@code <link href>}, {@code <loc>}) are absolute and, when internal, resolve.
 */
final class FeedChecks {
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed");
    private static final Set<String> LINK_ELEMENTS = Set.of("link", "loc");

    private final Path out;
    private final String label;
    private final OutputUrls urls;
    private final Diagnostics diagnostics;
    private final SAXParserFactory factory;

    FeedChecks(Path out, String label, OutputUrls urls, Diagnostics diagnostics) {
        this.out = out;
        this.label = label;
        this.urls = urls;
        this.diagnostics = diagnostics;
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

    /** Checks one XML file; true when it is a feed (RSS or Atom). */
    boolean check(String path) throws IOException {
        Handler handler = new Handler(label + path);
        try {
            SAXParser parser = factory.newSAXParser();
            parser.parse(out.resolve(path).toFile(), handler);
        } catch (SAXParseException e) {
            diagnostics.error(new SourcePos(label + path, Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber())), "not well-formed XML: " + e.getMessage());
            return false;
        } catch (SAXException | ParserConfigurationException e) {
            diagnostics.error(SourcePos.of(label + path), "cannot parse XML: " + e.getMessage());
            return false;
        }
        return FEED_ROOTS.contains(handler.root);
    }

    private void checkLink(SourcePos pos, String link) {
        try {
            URI url = new URI(link);
            if (!url.isAbsolute()) {
                diagnostics.error(pos, "feed link \"" + link + "\" is not absolute");
                return;
            }
            urls.file(url).filter(file -> !Files.isRegularFile(out.resolve(file))).ifPresent(file ->
                    diagnostics.error(pos, "broken link \"" + link + "\": " + label + file + " is not built"));
        } catch (URISyntaxException e) {
            diagnostics.error(pos, "malformed URL \"" + link + "\": " + e.getReason());
        }
    }

    private final class Handler extends DefaultHandler {
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
    }
}
