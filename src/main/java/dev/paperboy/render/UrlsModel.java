package dev.paperboy.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code url} in templates: the methods of {@link Urls} as FreeMarker methods. Through the bean wrapper, each
 * {@code url.rel(...)} looked the method up, checked and converted its arguments generically and wrapped the
 * result, a tenth of rendering a page.
 */
final class UrlsModel implements TemplateHashModel {
    private final Urls urls;
    private final TemplateMethodModelEx rel;
    private final TemplateMethodModelEx abs;
    private final TemplateMethodModelEx asset;
    private final TemplateMethodModelEx canonical;

    UrlsModel(Urls urls) {
        this.urls = urls;
        rel = method("rel", urls::rel);
        abs = method("abs", urls::abs);
        asset = method("asset", urls::asset);
        canonical = arguments -> {
            expect("canonical", 0, arguments);
            return new SimpleScalar(urls.canonical());
        };
    }

    Urls urls() {
        return urls;
    }

    /** The documented methods; anything else is missing, as an unknown name is in templates. */
    @Override
    public TemplateModel get(String key) {
        return switch (key) {
            case "rel" -> rel;
            case "abs" -> abs;
            case "asset" -> asset;
            case "canonical" -> canonical;
            // Made when asked for: only feeds ask.
            case "sameOriginAsset" -> method("sameOriginAsset", urls::sameOriginAsset);
            default -> null;
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private static TemplateMethodModelEx method(String name, UnaryOperator<String> method) {
        return arguments -> {
            expect(name, 1, arguments);
            if (!(arguments.get(0) instanceof TemplateScalarModel text)) {
                throw new TemplateModelException("url." + name + "(...) takes a text (an output path or an asset "
                        + "name), not " + arguments.get(0));
            }
            try {
                return new SimpleScalar(method.apply(text.getAsString()));
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException("url." + name + ": " + e.getMessage(), e);
            }
        };
    }

    private static void expect(String name, int count, List<?> arguments) throws TemplateModelException {
        if (arguments.size() != count) {
            throw new TemplateModelException("url." + name + "(...) takes " + count + " argument"
                    + (count == 1 ? "" : "s") + ", not " + arguments.size());
        }
    }
}
