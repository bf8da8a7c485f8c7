package dev.paperboy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.publish.BuildOptions;
import dev.paperboy.publish.SiteBuilder;
import dev.paperboy.site.RelatedPapersFinder;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * This repository's built site in a real browser (headless Chromium, driven by Selenium) over a local HTTP
 * server: a reader's path from home to a digest, a paper and a theme, with no console errors or failed requests,
 * no serious or critical accessibility violations (axe-core), and screenshots of the home page in target/.
 * Skipped with a message when Chromium is not installed, except under CI=true, where that is a failure.
 */
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static StaticServer server;
    private static Chromium chromium;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.start(Duration.ofSeconds(30));
        driver = chromium.driver();
        server = StaticServer.start(RepoSite.get().out());
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReaderFollowsLinksFromHomeToDigestPaperAndTheme() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url());
        checkPage("home");
        follow(".digest-summary h2 a", "digest");
        follow("article.digest h3.paper-title a", "paper");
        assertFooterAligned("paper");
        if (driver.findElements(By.cssSelector("main ul.tags a")).isEmpty()) {
            follow("nav a[href$='themes/']", "themes"); // an unthemed paper: on to a theme by the site menu
        }
        follow("main ul.tags a, main h2 a[href*='themes/']", "theme");
        follow("nav a[href$='archive/']", "archive");
        driver.get(server.url() + "no/such/page/");
        assertFalse(pageTitle().isBlank(), "404 page has no title");
        checkAccessibility("404");
    }

    /** The Cite block's copy button, hidden in the HTML, shows where scripts run and copies the entry. */
    @Test
    void aReaderCopiesAPapersBibtexEntry() {
        String origin = server.url().replaceAll("/+$", "");
        ((ChromeDriver) driver).executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url());
        follow(".digest-summary h2 a", "digest");
        follow("article.digest h3.paper-title a", "paper");
        WebElement button = driver.findElement(By.cssSelector("button[data-copy=bibtex]"));
        assertTrue(button.isDisplayed(), "the copy button shows where scripts run");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(page -> !button.getText().equals("Copy BibTeX"));
        assertEquals("Copied", button.getText());
        String copied = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, () => done(null));");
        assertEquals(driver.findElement(By.id("bibtex")).getText().strip(), copied == null ? null : copied.strip(),
                "the clipboard holds the entry");
        checkConsole("paper after copying");
    }

    /**
     * A paper of 326 authors shows its first ten and opens to all of them; a paper page as the README shows it
     * (docs/screenshots/paper-desktop.png).
     */
    @Test
    void aLongAuthorListOpensToEveryAuthor() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url() + "papers/kimi-k2-5-visual-agentic-intelligence/");
        assertEquals(10, shownAuthors(), "authors shown before the list is opened");
        WebElement more = driver.findElement(By.cssSelector("header .authors summary"));
        assertEquals("and 316 more authors", more.getText());
        more.click();
        assertEquals(326, shownAuthors(), "authors shown once it is opened");
        checkAccessibility("paper, every author shown");

        driver.manage().window().setSize(new Dimension(1280, 1800));
        driver.get(server.url() + "papers/longvt-incentivizing-thinking-with-long-videos-via-native-tool-calling/");
        checkPage("paper");
        screenshot("paper-1280.png"); // docs/screenshots/paper-desktop.png
    }

    private static long shownAuthors() {
        return driver.findElements(By.cssSelector("header .authors a")).stream().filter(WebElement::isDisplayed)
                .count();
    }

    @Test
    void homePageScreenshotsAtDesktopAndPhoneWidths() throws Exception {
        for (int width : new int[] {1280, 390}) {
            // 1280 × 1100 is docs/screenshots/home-desktop.png.
            driver.manage().window().setSize(new Dimension(width, width == 1280 ? 1100 : 900));
            driver.get(server.url());
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertFalse(overflow > 0, "page is " + overflow + " px wider than the " + width + " px window");
            screenshot("home-" + width + ".png");
        }
        checkConsole("home at phone width");
    }

    /** The default theme has a dark palette: its contrast is checked too. */
    @Test
    void darkColourSchemePassesAxe() throws Exception {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(server.url());
            screenshot("home-1280-dark.png");
            checkAccessibility("home, dark");
            follow(".digest-summary h2 a", "digest, dark");
            screenshot("digest-1280-dark.png");
            WebElement compact = button("Compact list");
            compact.click();
            try {
                checkAccessibility("digest, compact, dark");
                screenshot("digest-1280-compact-dark.png");
            } finally {
                compact.click();
            }
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void searchBoxUnderASubPathListsAPaperByATitleWordAndOpensItWithTheKeyboard() throws Exception {
        Paper wanted = paperWithATitleWordOfItsOwn(RepoSite.get().out());
        try (StaticServer sub = StaticServer.start(RepoSite.get().out(), "/reading/list/")) {
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(sub.url() + "archive/");
            WebElement box = search(wanted);
            screenshot("search-open.png");
            checkAccessibility("search box open");
            assertEquals("true", box.getDomAttribute("aria-expanded"), "the results were open for axe");

            box.sendKeys(Keys.ARROW_DOWN);
            WebElement first = driver.findElement(By.id("site-search-option-0"));
            assertEquals(first.getAttribute("id"), box.getDomAttribute("aria-activedescendant"));
            assertEquals("true", first.getDomAttribute("aria-selected"));
            box.sendKeys(Keys.ENTER);
            await(browser -> browser.getCurrentUrl().equals(sub.url() + "papers/" + wanted.slug() + "/"));
            assertEquals(wanted.title(), driver.findElement(By.tagName("h1")).getText());
            checkPage("paper found by search");
        }
    }

    @Test
    void escapeClosesTheResultsThenClearsTheBoxAndEnterLeadsToTheSearchPage() throws Exception {
        Paper wanted = paperWithATitleWordOfItsOwn(RepoSite.get().out());
        driver.get(server.url());
        WebElement box = search(wanted);
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getDomAttribute("aria-expanded"));
        box.sendKeys(Keys.ESCAPE);
        assertEquals("", box.getDomProperty("value"));

        box.sendKeys(wanted.word(), Keys.ENTER);
        await(browser -> browser.getCurrentUrl().startsWith(server.url() + "search/?q="));
        await(browser -> !browser.findElements(By.cssSelector("#search-results a")).isEmpty());
        assertEquals(wanted.title(), driver.findElement(By.cssSelector("#search-results .search-title")).getText());
        checkPage("search page");
    }

    @Test
    void searchWorksInACopyOpenedFromDisk(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("site");
        new SiteBuilder(RelatedPapersFinder.BY_TEXT).build(new BuildOptions(Path.of("."), out, null, false, true,
                Clock.systemUTC(), false), new Diagnostics());
        Paper wanted = paperWithATitleWordOfItsOwn(out);
        driver.get(out.resolve("themes/index.html").toUri().toString());
        WebElement box = search(wanted);
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        await(browser -> browser.getCurrentUrl().equals(out.resolve("papers/" + wanted.slug() + "/index.html")
                .toUri().toString()));
        assertEquals(wanted.title(), driver.findElement(By.tagName("h1")).getText());
        checkConsole("paper found by search from disk");
    }

    /** A paper, and a word of its title that begins no word of another paper's title. */
    private record Paper(String slug, String title, String word) {
    }

    private static Paper paperWithATitleWordOfItsOwn(Path site) throws Exception {
        List<JsonNode> papers = new ArrayList<>();
        for (int shard = 0; Files.exists(site.resolve("search/papers-" + shard + ".js")); shard++) {
            String script = Files.readString(site.resolve("search/papers-" + shard + ".js"));
            new ObjectMapper().readTree(script.substring(script.indexOf("{\"shard\""), script.lastIndexOf('}') + 1))
                    .get("papers").forEach(papers::add);
        }
        List<List<String>> words = new ArrayList<>();
        papers.forEach(paper -> words.add(List.of(paper.get(1).asText().toLowerCase(Locale.ROOT).split("[^a-z]+"))));
        // Not the newest paper (the last), which would come first anyway.
        for (int i = 0; i < papers.size() - 1; i++) {
            for (String word : words.get(i)) {
                int id = i;
                if (word.length() >= 6 && IntStream.range(0, papers.size()).noneMatch(other -> other != id
                        && words.get(other).stream().anyMatch(theirs -> theirs.startsWith(word)))) {
                    return new Paper(papers.get(i).get(0).asText(), papers.get(i).get(1).asText(), word);
                }
            }
        }
        throw new AssertionError("no paper has a title word of its own");
    }

    /** Types the paper's word into the search box; returns the box once that paper is the first result. */
    private static WebElement search(Paper wanted) {
        WebElement box = driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
        box.click();
        box.sendKeys(wanted.word());
        await(browser -> !browser.findElements(By.cssSelector("[role=option]")).isEmpty());
        assertEquals("true", box.getDomAttribute("aria-expanded"));
        WebElement first = driver.findElement(By.cssSelector("[role=listbox] [role=option]"));
        assertEquals(wanted.title(), first.findElement(By.className("search-title")).getText());
        assertTrue(first.findElements(By.cssSelector(".search-title mark")).stream()
                .anyMatch(mark -> mark.getText().toLowerCase(Locale.ROOT).startsWith(wanted.word())));
        return box;
    }

    private static void await(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    /** A feed opened in the browser reads as a page of its items through its stylesheet; readers see the feed. */
    @Test
    void aFeedOpenedInTheBrowserShowsWhatAFeedIsAndItsItems() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        for (String feed : List.of("feed.xml", "atom.xml")) {
            List<String> links;
            try (XmlReader reader = new XmlReader(RepoSite.get().out().resolve(feed).toFile())) {
                links = new SyndFeedInput().build(reader).getEntries().stream().map(SyndEntry::getLink).toList();
            }
            driver.get(server.url() + feed);
            assertTrue(driver.findElement(By.cssSelector("main .about")).getText().startsWith("This is a web feed."),
                    feed);
            assertEquals(links, driver.findElements(By.cssSelector("main ol li > a")).stream()
                    .map(a -> a.getAttribute("href")).toList(), feed);
            screenshot(feed.replace('.', '-') + ".png");
            checkFailedRequests(feed);
            // The browser's own banner announcing the end of XSLT is not ours to check.
            List<String> violations = new AxeBuilder().exclude("xslt-warning-banner").analyze(driver).getViolations()
                    .stream().filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).map(BrowserTest::describe)
                    .toList();
            assertEquals(List.of(), violations, feed);
            // Read (and so cleared) here: the browser's warning that XSLT is deprecated is the only one expected.
            List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                    .map(LogEntry::getMessage).filter(message -> !message.contains("XSLT")).toList();
            assertEquals(List.of(), console, feed);
        }
    }

    /**
     * A digest page's reading controls (digest.js): a compact list of one line per paper and a sort by upvotes
     * that can be undone; both pass axe, light and dark. Screenshots at desktop and phone widths.
     */
    @Test
    void aDigestSwitchesToACompactListAndSortsByUpvotes() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url());
        follow(".digest-summary h2 a", "digest");
        screenshot("digest-1280.png");
        assertFooterAligned("digest");
        assertTrue(driver.findElement(By.cssSelector("main")).getSize().getWidth() > 1000,
                "a digest uses a wide screen");
        assertTrue(driver.findElement(By.cssSelector(".page-header")).getSize().getWidth() <= 38 * 16,
                "its header keeps a readable measure");
        List<WebElement> papers = driver.findElements(By.cssSelector("article.digest article.paper"));
        List<String> curatorsOrder = papers.stream().map(paper -> paper.findElement(By.cssSelector("a")).getText())
                .toList();
        WebElement compact = button("Compact list");
        compact.click();
        try {
            assertEquals("true", compact.getAttribute("aria-pressed"));
            for (WebElement paper : papers) {
                assertTrue(paper.getSize().getHeight() < 64, "a paper takes one or two lines: "
                        + paper.getSize().getHeight() + " px for " + paper.getText());
                paper.findElements(By.cssSelector(".abstract, .note")).forEach(hidden ->
                        assertFalse(hidden.isDisplayed(), "shown in the compact list: " + hidden.getText()));
            }
            checkAccessibility("digest, compact");
            screenshot("digest-1280-compact.png");

            WebElement sort = button("Sort by upvotes");
            sort.click();
            List<Integer> upvotes = driver.findElements(By.cssSelector("article.digest article.paper")).stream()
                    .filter(WebElement::isDisplayed)
                    .map(paper -> paper.getAttribute("data-upvotes") == null ? -1
                            : Integer.parseInt(paper.getAttribute("data-upvotes")))
                    .toList();
            assertEquals(papers.size(), upvotes.size());
            assertEquals(upvotes.stream().sorted(Comparator.reverseOrder()).toList(), upvotes, "sorted by upvotes");
            checkAccessibility("digest, sorted by upvotes");
            sort.click();
            assertEquals(curatorsOrder, driver.findElements(By.cssSelector("article.digest article.paper")).stream()
                    .map(paper -> paper.findElement(By.cssSelector("a")).getText()).toList(), "the curator's order");
            driver.manage().window().setSize(new Dimension(390, 900));
            screenshot("digest-390-compact.png");
        } finally {
            compact.click(); // the choice is remembered: leave the next test the cards
        }
        driver.manage().window().setSize(new Dimension(390, 1400));
        screenshot("digest-390.png"); // docs/screenshots/digest-phone.png
        checkConsole("digest at phone width");
    }

    private static WebElement button(String label) {
        List<WebElement> buttons = driver.findElements(By.xpath("//button[normalize-space()='" + label + "']"));
        assertEquals(1, buttons.size(), "a button \"" + label + "\" on " + driver.getCurrentUrl());
        return buttons.get(0);
    }

    /** The footer's text starts where the main column's does (a 0.9rem footer once made a narrower column). */
    private static void assertFooterAligned(String page) {
        int main = driver.findElement(By.cssSelector("main")).getLocation().getX();
        int footer = driver.findElement(By.cssSelector(".site-footer .wrap")).getLocation().getX();
        assertEquals(main, footer, "footer and main column of the " + page + " page");
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void follow(String selector, String page) {
        String from = driver.getCurrentUrl();
        List<WebElement> links = driver.findElements(By.cssSelector(selector));
        assertFalse(links.isEmpty(), "no link " + selector + " on " + from);
        links.get(0).click();
        assertFalse(driver.getCurrentUrl().equals(from), "clicking " + selector + " did not navigate");
        checkPage(page);
    }

    private static void checkPage(String page) {
        assertFalse(pageTitle().isBlank(), page + " has no title");
        checkConsole(page);
        checkFailedRequests(page);
        checkAccessibility(page);
    }

    private static String pageTitle() {
        return driver.getTitle();
    }

    /** Console errors, including the browser's own "failed to load resource" messages. */
    private static void checkConsole(String page) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString)
                .toList();
        assertEquals(List.of(), errors, page + " at " + driver.getCurrentUrl());
    }

    /** Every resource the page loaded answered 2xx or 3xx. */
    private static void checkFailedRequests(String page) {
        @SuppressWarnings("unchecked")
        List<Object> failed = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource')"
                        + ".filter(e => e.responseStatus === 0 || e.responseStatus >= 400)"
                        + ".map(e => e.name + ' ' + e.responseStatus);");
        assertEquals(List.of(), failed, page + " at " + driver.getCurrentUrl());
    }

    private static void checkAccessibility(String page) {
        List<String> violations = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertEquals(List.of(), violations, page + " at " + driver.getCurrentUrl());
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList();
    }
}
