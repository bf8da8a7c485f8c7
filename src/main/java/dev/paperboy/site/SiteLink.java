package dev.paperboy.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link or image in curator Markdown that points into the site, resolved to the output file it means, so it
 * works under any base URL, from disk and in feeds (the page's URL helper makes it relative or absolute).
 * Curators write one of three forms, documented in the manual ("Links between notes"):
 * <ul>
 *   <li>a content file, relative to the note's own file: {@code other-paper.md}, {@code ../digests/2025-10-29.md}
 *       (as an editor or a Git host previews them);</li>
 *   <li>a file kept in {@code content/} (a figure, PDF slides), relative to the note's file:
 *       {@code other-paper/fig1.png}; it is copied to {@code files/} in the site under the same path;</li>
 *   <li>any other path is a page of the site, relative to the note's own page ({@code ../other-paper/}) or, from
 *       a leading {@code /}, to the site's root ({@code /themes/rl/}).</li>
 * </ul>
 * Links with a scheme ({@code https:}), protocol-relative ones and in-page {@code #anchors} are not site links.
 *
 * @param target the output path: a page ({@code papers/x/index.html}) or a copied file ({@code files/...})
 * @param suffix the query and fragment as written ({@code #results}), or empty
 * @param file   for a copied file, its path under {@code content/}; else null
 */
public record SiteLink(String target, String suffix, String file) {
    /** The scheme an href or src has in rendered Markdown before the page's URL helper writes it out. */
    public static final String SCHEME = "paperboy-site:";
    public static final String FILES = "files/";
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Why a site link cannot be resolved, for the message that names its line. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether {@code href} points into the site: not empty, no scheme, not protocol-relative, not an anchor. */
    public static boolean isSiteLink(String href) {
        String link = href.strip();
        return !link.isEmpty() && !link.startsWith("#") && !link.startsWith("//") && !link.startsWith("\\")
                && !HAS_SCHEME.matcher(link).find();
    }

    /** The link {@code href} of the notes of {@code source} means; empty if it is not a site link. */
    public static Optional<SiteLink> resolve(NoteSource source, String href) throws Invalid {
        if (!isSiteLink(href)) {
            return Optional.empty();
        }
        String link = href.strip();
        int cut = indexOfAny(link, "?#");
        String path = cut < 0 ? link : link.substring(0, cut);
        String suffix = cut < 0 ? "" : link.substring(cut);
        if (path.isEmpty()) {
            throw new Invalid("empty link path in \"" + href + "\"");
        }
        if (path.startsWith("/")) {
            return Optional.of(new SiteLink(page(normalize("", path.substring(1), href)), suffix, null));
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.endsWith(".md")) {
            return Optional.of(new SiteLink(contentPage(normalize(folder(source.file()), path, href), href),
                    suffix, null));
        }
        if (last.contains(".") && !last.equals(".") && !last.equals("..")) {
            String file = normalize(folder(source.file()), path, href);
            if (!file.startsWith(NoteSource.CONTENT)) {
                throw new Invalid("\"" + href + "\" points outside content/, where files shown in notes are kept");
            }
            String inContent = file.substring(NoteSource.CONTENT.length());
            return Optional.of(new SiteLink(FILES + inContent, suffix, inContent));
        }
        return Optional.of(new SiteLink(page(normalize(folder(source.page()), path, href)), suffix, null));
    }

    /** The page of a paper or digest file. */
    private static String contentPage(String file, String href) throws Invalid {
        String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".md".length());
        String folder = folder(file);
        if (folder.equals(NoteSource.PAPERS) && SLUG.matcher(name).matches()) {
            return SitePaths.paper(name);
        }
        if (folder.equals(NoteSource.DIGESTS)) {
            try {
                return SitePaths.digest(LocalDate.parse(name));
            } catch (DateTimeParseException e) {
                throw new Invalid("\"" + href + "\" names no digest: digest files are named YYYY-MM-DD.md");
            }
        }
        throw new Invalid("\"" + href + "\" is " + file + ", which is neither a paper in " + NoteSource.PAPERS
                + " nor a digest in " + NoteSource.DIGESTS);
    }

    /** A page's output path: a folder's page is its {@code index.html}. */
    private static String page(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return path + SitePaths.HOME;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path : path + "/" + SitePaths.HOME;
    }

    /** {@code path} relative to {@code folder} (ending in {@code /} or empty), without {@code .} and {@code ..}. */
    private static String normalize(String folder, String path, String href) throws Invalid {
        Deque<String> parts = new ArrayDeque<>();
        String joined = folder + path;
        for (String part : joined.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new Invalid("\"" + href + "\" points above the site's root");
                }
                parts.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        String normalized = String.join("/", parts);
        return joined.endsWith("/") && !normalized.isEmpty() ? normalized + "/" : normalized;
    }

    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
