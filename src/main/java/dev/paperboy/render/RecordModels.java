package dev.paperboy.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * FreeMarker's object wrapper, with the components of records (all template views are records) read through
 * {@link RecordAccessors}. The bean wrapper's general look-up of {@code ${paper.title}} was
 * about a third of rendering a page. Records are still the bean wrapper's models in every other way (method
 * calls, {@code toString()} for {@code ?seq_contains}, emptiness), so templates see no difference. Thread-safe.
 */
final class RecordModels extends DefaultObjectWrapper {
    RecordModels(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        return object.getClass().isRecord() ? new RecordModel(object, this) : super.handleUnknownType(object);
    }

    /**
     * A record as the bean wrapper models it (as its {@code GenericObjectModel}, whose {@code get} is final), with
     * a direct way to its components.
     */
    private static final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {
        RecordModel(Object record, BeansWrapper wrapper) {
            super(record, wrapper);
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = RecordAccessors.of(object.getClass()).get(key);
            if (accessor == null) {
                return super.get(key);
            }
            try {
                return wrap(accessor.invoke(object));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + object.getClass().getSimpleName(),
                        e);
            }
        }

        /** {@code record.name()}: as the bean wrapper resolves a name followed by a call. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            return super.getBeforeMethodCall(key);
        }
    }
}
