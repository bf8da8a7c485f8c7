package dev.paperboy.render;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.paperboy.content.Content;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.content.SourceMap;
import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.Severity;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.site.DigestEntry;
import dev.paperboy.site.NoteSource;
import dev.paperboy.site.PaperEntry;
import dev.paperboy.site.SiteLink;
import dev.paperboy.site.SiteModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Checks curator Markdown for what rendering would lose without a word, naming the file and line: site links
 * ({@link SiteLink}) to pages the site does not have or files that do not exist, and HTML the sanitizer removes.
 * Only notes that may hold either are parsed: most link only to the web.
 */
public final class NoteChecks {
    private static final String HINT = "link a paper by its file (other-paper.md from a paper's notes, "
            + "../papers/other-paper.md from an intro), a digest by ../digests/YYYY-MM-DD.md, a theme by /themes/SLUG/";
    /** How many characters of a link target, leading whitespace included, tell that it plainly leaves the site. */
    private static final int TARGET_START = 8;
    /** How link targets that leave the site for the web or a mail address start, in any case. */
    private static final List<String> WEB_OR_MAIL = List.of("http://", "https://", "mailto:");

    private final Parser parser = Parser.builder(FlexmarkMarkdown.options()).build();
    private final Safelist safelist = HtmlSanitizer.safelist();
    /**
     * Whether each note or intro may hold a site link, by its text, for as long as this is kept: {@code serve} keeps
     * one between saves, which leave most notes as they were (the very strings: by identity, which needs no pass
     * over the text to hash it).
     */
    private final Map<String, Boolean> mayLink = new IdentityHashMap<>();

    /** A link or image target in a note, its position in the content file, and whether it is in raw HTML. */
    private record Target(String href, SourcePos pos, boolean inHtml) {
    }

    /**
     * Reports an error for each site link of a published note or intro whose page is not among
     * {@code outputPaths} or whose file is missing or outside the site folder (a symbolic link out is never
     * followed).
     *
     * @return the files under content/ the notes show, by their path there, to be copied into the site
     */
    public SortedSet<String> checkLinks(SiteModel model, Set<String> outputPaths, SiteLayout layout,
            Diagnostics diagnostics) {
        SortedSet<String> files = new TreeSet<>();
        for (PaperEntry entry : model.papers()) {
            if (mayLink(entry.paper().notes())) {
                checkLinks(entry.paper().notes(), NoteSource.paper(entry.paper().slug()), entry.paper().source(),
                        outputPaths, layout, files, diagnostics);
            }
        }
        for (DigestEntry entry : model.digests()) {
            if (mayLink(entry.digest().intro())) {
                checkLinks(entry.digest().intro(), NoteSource.digest(entry.digest().date()), entry.digest().source(),
                        outputPaths, layout, files, diagnostics);
            }
        }
        return files;
    }

    private boolean mayLink(String markdown) {
        return mayLink.computeIfAbsent(markdown, NoteChecks::maySiteLink);
    }

    /** Warns about every tag, attribute and link target in notes and intros the sanitizer removes. */
    public void reportRemoved(Content content, Diagnostics diagnostics) {
        content.papers().forEach(paper -> reportRemoved(paper.notes(), paper.source(), diagnostics));
        content.digests().forEach(digest -> reportRemoved(digest.intro(), digest.source(), diagnostics));
    }

    private void checkLinks(String markdown, NoteSource source, SourceMap map, Set<String> outputPaths,
            SiteLayout layout, Set<String> files, Diagnostics diagnostics) {
        for (Target target : targets(markdown, map, (element, pos) -> { })) {
            try {
                SiteLink.resolve(source, target.href()).ifPresent(link -> {
                    if (link.file() != null) {
                        checkFile(link.file(), target, layout, files, diagnostics);
                    } else if (!outputPaths.contains(link.target())) {
                        diagnostics.error(target.pos(), "link \"" + target.href() + "\" points to "
                                + link.target() + ", which the site does not have", HINT);
                    }
                });
            } catch (SiteLink.Invalid e) {
                diagnostics.error(target.pos(), "cannot resolve link: " + e.getMessage(), HINT);
            }
        }
    }

    private static void checkFile(String file, Target target, SiteLayout layout, Set<String> files,
            Diagnostics diagnostics) {
        Path path = layout.content().resolve(file);
        String label = NoteSource.CONTENT + file;
        if (!Files.isRegularFile(path)) {
            diagnostics.error(target.pos(), "\"" + target.href() + "\" names " + label + ", which does not exist");
            return;
        }
        if (layout.files().leadsOutside(path)) {
            diagnostics.error(target.pos(), label + " is a symbolic link to a file outside the site folder",
                    "copy the file into content/");
            return;
        }
        synchronized (files) {
            files.add(file);
        }
    }

    private void reportRemoved(String markdown, SourceMap map, Diagnostics diagnostics) {
        if (markdown.indexOf('<') < 0 && !markdown.contains("](") && !markdown.contains("]:")) {
            return;
        }
        for (Target target : targets(markdown, map, (element, pos) -> removedFrom(element, pos, diagnostics))) {
            // Targets in raw HTML are reported with the attributes removed.
            if (!target.inHtml() && !SiteLink.isSiteLink(target.href()) && !target.href().startsWith("#")
                    && !isWebOrMail(target.href())) {
                diagnostics.report(new Diagnostic(Severity.WARNING, target.pos(), "the sanitizer removes the link "
                        + "target \"" + target.href() + "\"",
                        "links may be http, https, mailto, an #anchor or a page or file of the site"));
            }
        }
    }

    /** Reports the tags and attributes of {@code element} (raw HTML at its position) the safelist drops. */
    private void removedFrom(Element element, SourcePos pos, Diagnostics diagnostics) {
        String tag = element.normalName();
        if (!safelist.isSafeTag(tag)) {
            diagnostics.report(new Diagnostic(Severity.WARNING, pos, "the sanitizer removes <" + tag + ">",
                    "notes may hold formatting, links, images and tables, never scripts, styles, frames or forms"));
            return;
        }
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            boolean siteLink = (key.equals("href") || key.equals("src")) && SiteLink.isSiteLink(attribute.getValue());
            if (!siteLink && !safelist.isSafeAttribute(tag, element, attribute)) {
                diagnostics.warning(pos, "the sanitizer removes " + key + "=\"" + attribute.getValue() + "\" from <"
                        + tag + ">");
            }
        }
    }

    /**
     * Every link and image target in {@code markdown}; each element of raw HTML is also given to {@code html}, with
     * the position of the HTML it is in.
     */
    private List<Target> targets(String markdown, SourceMap map, BiConsumer<Element, SourcePos> html) {
        List<Target> targets = new ArrayList<>();
        for (Node node : parser.parse(markdown).getDescendants()) {
            SourcePos pos = map.bodyPos(node.getStartLineNumber());
            if (node instanceof Link link) {
                targets.add(new Target(link.getUrl().toString(), pos, false));
            } else if (node instanceof Image image) {
                targets.add(new Target(image.getUrl().toString(), pos, false));
            } else if (node instanceof Reference reference) {
                targets.add(new Target(reference.getUrl().toString(), pos, false));
            } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                Element body = Jsoup.parseBodyFragment(node.getChars().toString()).body();
                for (Element element : body.select("*")) {
                    if (element != body) {
                        html.accept(element, pos);
                        String href = element.nameIs("img") ? element.attr("src") : element.attr("href");
                        if (!href.isEmpty()) {
                            targets.add(new Target(href, pos, true));
                        }
                    }
                }
            }
        }
        return targets;
    }

    /** Whether {@code markdown} may hold a site link: a link, reference or raw HTML not plainly to the web. */
    static boolean maySiteLink(String markdown) {
        // One pass over a copy of String's own bytes (for Latin-1 text, one array copy), where indexOf and
        // contains would take three. Other characters are '?' there, which is none of those looked for; a
        // surrogate pair is one '?', so its text is simply parsed.
        byte[] text = markdown.getBytes(StandardCharsets.ISO_8859_1);
        if (text.length != markdown.length()) {
            return true;
        }
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '<' || text[i] == ']' && i + 1 < text.length
                    && (text[i + 1] == ':' || text[i + 1] == '(' && !plainlyOffSite(text, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the link target at {@code from} goes to the web, a mail address or an anchor, by its first
     * {@value #TARGET_START} characters, leading whitespace included.
     */
    private static boolean plainlyOffSite(byte[] text, int from) {
        int end = Math.min(text.length, from + TARGET_START);
        int at = from;
        while (at < end && Character.isWhitespace((char) (text[at] & 0xFF))) {
            at++;
        }
        if (at < end && text[at] == '#') {
            return true;
        }
        for (String prefix : WEB_OR_MAIL) {
            if (startsWith(text, at, end, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[at, end)} starts with {@code prefix}, a lower-case ASCII word, in any case. */
    private static boolean startsWith(byte[] text, int at, int end, String prefix) {
        if (end - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            int b = text[at + i];
            if (b != c && !(c >= 'a' && c <= 'z' && b == c - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWebOrMail(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return WEB_OR_MAIL.stream().anyMatch(lower::startsWith);
    }
}
