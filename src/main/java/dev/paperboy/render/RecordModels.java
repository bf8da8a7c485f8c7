package dev.paperboy.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import freemarker.template.WrappingTemplateModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's object wrapper, with records (all template views are records) read component by component
 * through accessors looked up once per record type. The bean wrapper's general introspection was about a third
 * of rendering a page; a name that is not a component (another method) still goes to it, so templates see no
 * difference. Thread-safe.
 */
final class RecordModels extends DefaultObjectWrapper {
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };

    RecordModels(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object.getClass().isRecord()) {
            return new RecordModel(object, this);
        }
        return super.handleUnknownType(object);
    }

    private TemplateModel asBean(Object object) throws TemplateModelException {
        return super.handleUnknownType(object);
    }

    /**
     * A record as a hash of its components and, as the bean wrapper's models are, a string (its
     * {@code toString()}), which is how built-ins such as {@code ?seq_contains} compare it.
     */
    private static final class RecordModel extends WrappingTemplateModel
            implements TemplateHashModel, TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel {
        private final Object record;
        private final RecordModels wrapper;
        private TemplateHashModel bean;

        RecordModel(Object record, RecordModels wrapper) {
            super(wrapper);
            this.record = record;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = ACCESSORS.get(record.getClass()).get(key);
            if (accessor == null) {
                return bean().get(key);
            }
            try {
                return wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(),
                        e);
            }
        }

        private TemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = (TemplateHashModel) wrapper.asBean(record);
            }
            return bean;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public String getAsString() {
            return record.toString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
