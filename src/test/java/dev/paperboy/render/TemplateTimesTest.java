package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TemplateTimesTest {
    @Test
    void summaryPutsTheCostliestTemplateFirstWithItsPagesCpuAndBytes() {
        TemplateTimes times = new TemplateTimes();
        times.add("paper.ftlh", 3_000_000, 10_000);
        times.add("paper.ftlh", 1_000_000, 12_000);
        times.add("home.ftlh", 500_000, 2_500_000);
        times.add("digest.ftlh", 9_000_000, 100_000);
        assertEquals("digest.ftlh 1 page, cpu 9 ms (9.00 ms a page), 0.1 MB"
                + " · paper.ftlh 2 pages, cpu 4 ms (2.00 ms a page), 0.0 MB"
                + " · home.ftlh 1 page, cpu 1 ms (0.50 ms a page), 2.5 MB", times.summary());
    }

    @Test
    void equalCostsAreOrderedByName() {
        TemplateTimes times = new TemplateTimes();
        times.add("rss.ftlx", 0, 10);
        times.add("atom.ftlx", 0, 10);
        assertTrue(times.summary().startsWith("atom.ftlx "), times.summary());
    }

    @Test
    void pagesAddedFromManyThreadsAreAllCounted() {
        TemplateTimes times = new TemplateTimes();
        IntStream.range(0, 10_000).parallel().forEach(i -> times.add("paper.ftlh", 1_000, 100));
        assertEquals("paper.ftlh 10000 pages, cpu 10 ms (0.00 ms a page), 1.0 MB", times.summary());
    }

    @Test
    void aBuildThatRenderedNothingSaysSo() {
        assertEquals("none rendered (every page came from the build cache)", new TemplateTimes().summary());
    }

    @Test
    void renderedMeasuresTheCallingThreadsCpuTime() {
        TemplateTimes times = new TemplateTimes();
        long start = TemplateTimes.threadCpuNanos();
        long sink = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sink += i % 7;
        }
        times.rendered("busy.ftlh", start, (int) (sink % 2));
        String summary = times.summary();
        assertTrue(summary.matches("busy\\.ftlh 1 page, cpu [1-9]\\d* ms .*"), summary);
    }
}
