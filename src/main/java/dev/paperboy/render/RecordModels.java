package dev.paperboy.render;

import dev.paperboy.render.internal.RecordAccessors;
import dev.paperboy.site.Html;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * FreeMarker's object wrapper, with the components of records (template views are records) read through
 * {@link RecordAccessors}, each wrapped once per model rather than on every access: a template reads
 * {@code paper.organization} three times in a byline and {@code url} once per link, and the root model lives for a
 * page. Records are still the bean wrapper's models in every other way (method calls, {@code toString()} for
 * {@code ?seq_contains}, emptiness), so templates see no difference. The url helper and rendered Markdown get
 * models of their own ({@link UrlsModel}, {@link HtmlModel}). Thread-safe; the models it makes belong to the page
 * being rendered.
 */
final class RecordModels extends DefaultObjectWrapper {
    RecordModels(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    /** The commonest values first: the general wrapper tests a dozen interfaces before it comes to a record. */
    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof String text) {
            return new SimpleScalar(text);
        }
        if (object instanceof Record && !(object instanceof TemplateModel)) {
            return new RecordModel(object, this);
        }
        if (object instanceof Urls urls) {
            return new UrlsModel(urls);
        }
        if (object instanceof Html html) {
            return new HtmlModel(html);
        }
        return super.wrap(object);
    }

    /**
     * A record as the bean wrapper models it (as its {@code GenericObjectModel}, whose {@code get} is final), with
     * a direct way to its components.
     */
    private static final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {
        /** Stands for a null component among the wrapped ones, which are null until first read. */
        private static final TemplateModel NULL = new SimpleScalar("");

        private final RecordAccessors accessors;
        private final TemplateModel[] components;

        RecordModel(Object record, BeansWrapper wrapper) {
            super(record, wrapper);
            accessors = RecordAccessors.of(record.getClass());
            components = new TemplateModel[accessors.count()];
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            int index = accessors.indexOf(key);
            if (index < 0) {
                return super.get(key);
            }
            TemplateModel model = components[index];
            if (model == null) {
                model = wrap(accessors.read(object, index));
                components[index] = model == null ? NULL : model;
            }
            return model == NULL ? null : model;
        }

        /** {@code record.name()}: as the bean wrapper resolves a name followed by a call. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            return super.getBeforeMethodCall(key);
        }
    }
}
