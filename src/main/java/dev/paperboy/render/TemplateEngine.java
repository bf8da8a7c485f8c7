package dev.paperboy.render;

import dev.paperboy.diag.SiteFiles;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of a build, shared by all render threads. Templates come from the site's
 * templates/ folder first, then from the default theme inside the jar, file by file. {@code .ftlh} templates
 * escape HTML and {@code .ftlx} templates escape XML automatically. Templates cannot create Java objects
 * ({@code ?new}), reach the Java API ({@code ?api}) or stop on errors silently; content is only ever data, never
 * parsed as a template.
 */
public final class TemplateEngine {
    /** Where the default theme sits on the class path (pom.xml packages top-level templates/ there). */
    public static final String BUILT_IN = "/paperboy/templates";

    private final Configuration configuration;
    private final Path siteTemplates;

    /**
     * @param siteTemplates the site's templates/ folder; it need not exist
     * @param files         the rule for links in it: one leading outside the site is an error naming it
     */
    public TemplateEngine(Path siteTemplates, SiteFiles files) throws IOException {
        this.siteTemplates = siteTemplates.toAbsolutePath().normalize();
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            loaders.add(new SiteTemplateLoader(siteTemplates, files));
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUILT_IN));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setObjectWrapper(new RecordModels(Configuration.VERSION_2_3_34));
        config.setRecognizeStandardFileExtensions(true);
        // Under the standard name, so .ftlh templates (and output_format="HTML") get it.
        config.setRegisteredCustomOutputFormats(List.of(Utf8HtmlFormat.INSTANCE));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ENGLISH);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        // An engine lives for one build (serve makes a new one when a template changes): never re-check files.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        this.configuration = config;
    }

    void render(String template, TemplateRoot root, Writer out) throws IOException, TemplateException {
        configuration.getTemplate(template).process(root, out);
    }

    /** How a file of the site's templates/ folder is named in messages. */
    String label(Path file) {
        return "templates/" + siteTemplates.relativize(file).toString().replace('\\', '/');
    }

    /** How a template is named in messages: the site's file, or the built-in default. */
    String label(String template) {
        return Files.isRegularFile(siteTemplates.resolve(template)) ? "templates/" + template
                : "(built-in) templates/" + template;
    }
}
