package dev.paperboy.arxiv;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Atom documents as arXiv's API writes them (see its user manual), for tests to answer with. */
public final class ArxivAtom {
    private ArxivAtom() {
    }

    /** A feed of {@code entries} out of {@code total} results. */
    public static String feed(int total, String... entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <link href="http://arxiv.org/api/query?search_query%%3Dti&amp;id_list%%3D&amp;start%%3D0" \
                rel="self" type="application/atom+xml"/>
                  <title type="html">ArXiv Query: search_query=ti&amp;id_list=&amp;start=0&amp;max_results=10</title>
                  <id>http://arxiv.org/api/8H1/mZbcpl0TjkDg1n4tJbTdpQs</id>
                  <updated>2025-11-24T00:00:00-05:00</updated>
                  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">%d\
                </opensearch:totalResults>
                  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0\
                </opensearch:startIndex>
                  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">%d\
                </opensearch:itemsPerPage>
                %s</feed>
                """.formatted(total, entries.length, String.join("", entries));
    }

    /**
     * One paper; {@code versionedId} as arXiv writes it ({@code 2511.18538v2}); the title is wrapped after its
     * fourth word, as arXiv wraps long titles.
     */
    public static String entry(String versionedId, String title, String... authors) {
        String[] words = title.split(" ");
        String wrapped = words.length <= 4 ? title : String.join(" ", Arrays.copyOf(words, 4)) + "\n  "
                + String.join(" ", Arrays.copyOfRange(words, 4, words.length));
        String authorElements = Arrays.stream(authors).map(name -> "    <author>\n      <name>" + name
                + "</name>\n    </author>\n").collect(Collectors.joining());
        return """
                  <entry>
                    <id>http://arxiv.org/abs/%1$s</id>
                    <updated>2025-11-23T18:59:59Z</updated>
                    <published>2025-11-22T17:01:02Z</published>
                    <title>%2$s</title>
                    <summary>  We study things.
                The abstract is wrapped as arXiv wraps it.
                </summary>
                %3$s    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">12 pages</arxiv:comment>
                    <link href="http://arxiv.org/abs/%1$s" rel="alternate" type="text/html"/>
                    <link title="pdf" href="http://arxiv.org/pdf/%1$s" rel="related" type="application/pdf"/>
                    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG" \
                scheme="http://arxiv.org/schemas/atom"/>
                    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
                  </entry>
                """.formatted(versionedId, wrapped, authorElements);
    }

    /** The answer to a malformed query: one entry under /api/errors. */
    public static String error(String message) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
                  <title>ArXiv Query: search_query=&amp;id_list=1234.12345</title>
                  <id>http://arxiv.org/api/kvuntZ8c9a4Eq5CF7KY03nMug+Q</id>
                  <opensearch:totalResults>1</opensearch:totalResults>
                  <entry>
                    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>
                    <title>Error</title>
                    <summary>%s</summary>
                    <author><name>arXiv api core</name></author>
                  </entry>
                </feed>
                """.formatted(message);
    }
}
