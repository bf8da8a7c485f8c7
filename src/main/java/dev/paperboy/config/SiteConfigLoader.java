package dev.paperboy.config;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SiteFiles;
import dev.paperboy.diag.SourcePos;
import dev.paperboy.diag.StrictUtf8;
import dev.paperboy.yaml.FieldReader;
import dev.paperboy.yaml.YamlMapping;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates content/site.yaml; unknown keys and wrong types are errors naming the key and line. */
public final class SiteConfigLoader {
    public static final String FILE = "content/site.yaml";
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final Set<String> KEYS = Set.of("title", "description", "base_url", "language", "time_zone",
            "curator", "home_digests", "feed_items", "digest_feed_items", "theme_feed_items", "theme_page_size",
            "max_themes_per_paper", "related_papers", "related_threshold", "themes");
    private static final Set<String> THEME_KEYS = Set.of("slug", "name", "description", "keywords");

    private final YamlReader yaml;

    public SiteConfigLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * Whether {@code siteDir} is a site folder, one with content/site.yaml; reports what it is not otherwise. Commands
     * ask before touching anything, so a mistyped folder is not filled with output.
     */
    public static boolean isSiteFolder(Path siteDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(siteDir)) {
            diagnostics.error(SourcePos.of(siteDir.toString()), Files.exists(siteDir)
                    ? "the site folder is a file, not a folder" : "the site folder does not exist");
            return false;
        }
        if (!Files.exists(siteDir.resolve(FILE))) {
            diagnostics.error(SourcePos.of(FILE), "missing site configuration: " + siteDir.toAbsolutePath().normalize()
                    + " is not a Paperboy site", "run `paperboy init` to create one, or pass -C with the site folder");
            return false;
        }
        return true;
    }

    /** Loads {@code siteDir/content/site.yaml}; reports every problem and returns empty if there was any error. */
    public Optional<SiteConfig> load(Path siteDir, Diagnostics diagnostics) {
        if (!isSiteFolder(siteDir, diagnostics)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(new SiteFiles(siteDir).inside(siteDir.resolve(FILE)));
        } catch (NoSuchFileException e) {
            diagnostics.error(SourcePos.of(FILE), "missing site configuration", "run `paperboy init` to create one");
            return Optional.empty();
        } catch (SiteFiles.OutsideSiteException e) {
            diagnostics.error(SourcePos.of(FILE), SiteFiles.OUTSIDE);
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(FILE), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        StrictUtf8.Failure failure = decoded.failure();
        if (failure != null) {
            diagnostics.error(SourcePos.of(FILE, failure.line()), failure.fault() == StrictUtf8.Fault.NUL_BYTE
                    ? "binary file (NUL byte), not text" : "not UTF-8 text");
            return Optional.empty();
        }
        decoded.reportDropped(FILE, diagnostics);
        return parse(decoded.text(), diagnostics);
    }

    public Optional<SiteConfig> parse(String text, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        Optional<YamlMapping> document = yaml.read(FILE, text, 1, local);
        Optional<SiteConfig> config = document.map(mapping -> read(new FieldReader(FILE, mapping, local), local));
        diagnostics.addAll(local);
        return local.hasErrors() ? Optional.empty() : config;
    }

    private static SiteConfig read(FieldReader fields, Diagnostics diagnostics) {
        fields.rejectUnknownKeys(KEYS);
        String baseUrl = fields.text("base_url").orElse("http://localhost:8080/");
        checkBaseUrl(baseUrl, fields.pos("base_url"), diagnostics);
        return new SiteConfig(
                fields.requiredText("title"),
                fields.text("description").orElse(""),
                baseUrl,
                fields.text("language").orElse("en"),
                zone(fields, diagnostics),
                fields.text("curator").orElse(""),
                fields.integer("home_digests", 1).orElse(3),
                fields.integer("feed_items", 0).orElse(50),
                fields.integer("digest_feed_items", 0).orElse(30),
                fields.integer("theme_feed_items", 0).orElse(30),
                fields.integer("theme_page_size", 1).orElse(25),
                fields.integer("max_themes_per_paper", 0).orElse(3),
                fields.integer("related_papers", 0).orElse(5),
                threshold(fields, diagnostics),
                themes(fields, diagnostics));
    }

    /** Checks a base URL given in site.yaml or on the command line; reports and returns false when unusable. */
    public static boolean checkBaseUrl(String baseUrl, SourcePos pos, Diagnostics diagnostics) {
        try {
            URI uri = new URI(baseUrl);
            if (uri.isAbsolute() && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        diagnostics.error(pos, "base_url must be an absolute http(s) URL without query or fragment, found \""
                + baseUrl + "\"", "for example https://example.org/reading-group/");
        return false;
    }

    private static ZoneId zone(FieldReader fields, Diagnostics diagnostics) {
        String name = fields.text("time_zone").orElse("UTC");
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            diagnostics.error(fields.pos("time_zone"), "unknown time zone \"" + name + "\"",
                    "use a region id such as Europe/Berlin or UTC");
            return ZoneId.of("UTC");
        }
    }

    private static double threshold(FieldReader fields, Diagnostics diagnostics) {
        double value = fields.decimal("related_threshold").orElse(0.12);
        if (value < 0 || value > 1) {
            diagnostics.error(fields.pos("related_threshold"), "related_threshold must be between 0 and 1, found "
                    + value);
        }
        return value;
    }

    private static List<ThemeDef> themes(FieldReader fields, Diagnostics diagnostics) {
        List<ThemeDef> themes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FieldReader theme : fields.mappingList("themes")) {
            theme.rejectUnknownKeys(THEME_KEYS);
            String slug = theme.requiredText("slug");
            if (!slug.isEmpty() && !SLUG.matcher(slug).matches()) {
                diagnostics.error(theme.pos("slug"), "theme slug \"" + slug
                        + "\" must be lowercase letters, digits and hyphens");
            } else if (!slug.isEmpty() && !seen.add(slug)) {
                diagnostics.error(theme.pos("slug"), "duplicate theme slug \"" + slug + "\"");
            }
            String name = theme.text("name").orElse(slug);
            themes.add(new ThemeDef(slug, name, theme.text("description").orElse(""), theme.textList("keywords")));
        }
        return themes;
    }
}
