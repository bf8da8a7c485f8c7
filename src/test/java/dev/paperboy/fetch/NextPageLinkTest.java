package dev.paperboy.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextPageLinkTest {
    private static final URI PAGE = URI.create("https://huggingface.co/api/daily_papers?date=2025-12-02&limit=100");

    @Test
    void findsTheNextPageAmongTheLinksOfAnAnswer() {
        assertEquals(Optional.of(URI.create("https://huggingface.co/api/daily_papers?date=2025-12-02&p=1")),
                NextPageLink.of(List.of("<https://huggingface.co/api/daily_papers?date=2025-12-02&p=1>; rel=\"next\""),
                        PAGE));
        assertEquals(Optional.of(URI.create("https://huggingface.co/api/daily_papers?p=2")), NextPageLink.of(List.of(
                "</api/daily_papers?p=0>; rel=\"prev\", </api/daily_papers?p=2>; rel=next; title=\"more\""), PAGE));
        assertEquals(Optional.of(URI.create("https://huggingface.co/api/daily_papers?p=3")), NextPageLink.of(List.of(
                "</api/first>; rel=\"first\"", "</api/daily_papers?p=3>; REL=\"last next\""), PAGE));
    }

    @Test
    void keepsThePagesPathForALinkOfAQueryAlone() {
        assertEquals(Optional.of(URI.create("https://huggingface.co/api/daily_papers?date=2025-12-02&p=1")),
                NextPageLink.of(List.of("<?date=2025-12-02&p=1>; rel=\"next\""), PAGE));
    }

    @Test
    void namesNoPageWhenThereIsNone() {
        assertEquals(Optional.empty(), NextPageLink.of(List.of(), PAGE));
        assertEquals(Optional.empty(), NextPageLink.of(List.of("</api/daily_papers?p=0>; rel=\"prev\""), PAGE));
        assertEquals(Optional.empty(), NextPageLink.of(List.of("</api/daily_papers?p=1>; rel=\"nextpage\""), PAGE));
        assertEquals(Optional.empty(), NextPageLink.of(List.of("not a link"), PAGE));
    }

    @Test
    void followsNoLinkToAnotherOriginOrBackToThePageItself() {
        for (String target : List.of("https://example.org/api/daily_papers?p=1", "http://huggingface.co/api?p=1",
                "https://huggingface.co:8443/api?p=1", PAGE.toString(), "mailto:someone@example.org", "http://[")) {
            assertEquals(Optional.empty(), NextPageLink.of(List.of("<" + target + ">; rel=\"next\""), PAGE), target);
        }
    }
}
