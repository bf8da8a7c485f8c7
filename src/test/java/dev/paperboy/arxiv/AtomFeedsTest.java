package dev.paperboy.arxiv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomFeedsTest {
    @Test
    void readsTheTotalAndEachPapersIdWithoutVersionTitleAndAuthorsInOrder() throws Exception {
        ArxivFeed feed = parse(ArxivAtom.feed(27,
                ArxivAtom.entry("2511.18538v2", "Scaling Laws for Sparse Mixture of Experts", "Ada Lovelace",
                        "Alan Turing"),
                ArxivAtom.entry("hep-th/9901001v1", "Old Style", "Émile Borel")));

        assertEquals(27, feed.totalResults());
        assertEquals(List.of(
                new ArxivEntry("2511.18538", "Scaling Laws for Sparse Mixture of Experts",
                        List.of("Ada Lovelace", "Alan Turing")),
                new ArxivEntry("hep-th/9901001", "Old Style", List.of("Émile Borel"))), feed.entries());
    }

    @Test
    void anAnswerWithNoEntriesIsAnEmptyResult() throws Exception {
        assertEquals(new ArxivFeed(0, List.of()), parse(ArxivAtom.feed(0)));
    }

    @Test
    void anErrorEntryIsAFailureWithArxivsMessage() {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class,
                () -> parse(ArxivAtom.error("incorrect id format for 1234.12345")));
        assertEquals("arXiv refused the query: incorrect id format for 1234.12345", e.getMessage());
    }

    @Test
    void malformedXmlIsAOneLineFailureWithItsPosition() {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class,
                () -> parse("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n</feed>"));
        assertTrue(e.getMessage().startsWith("not well-formed XML at line 4, column "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void htmlOrAnotherDocumentIsNotAFeed() {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class,
                () -> parse("<html><body>Service Unavailable</body></html>"));
        assertEquals("not an Atom feed: its root element is <html>", e.getMessage());
    }

    @Test
    void aDocumentTypeIsNeverFollowed() {
        String withEntity = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2511.18538</id>"
                + "<title>&x;</title></entry></feed>";
        assertThrows(InvalidAnswerException.class, () -> parse(withEntity));
    }

    @Test
    void aTotalThatIsNoCountIsAFailure() {
        String feed = ArxivAtom.feed(3).replace(">3</opensearch:totalResults>", ">many</opensearch:totalResults>");
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> parse(feed));
        assertEquals("opensearch:totalResults is not a count: \"many\"", e.getMessage());
    }

    private static ArxivFeed parse(String xml) throws InvalidAnswerException {
        return AtomFeeds.parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
