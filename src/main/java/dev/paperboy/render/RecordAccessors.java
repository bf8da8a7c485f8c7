package dev.paperboy.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The component accessors of a record type by name, in declaration order, looked up and made callable once per
 * type: how templates ({@link RecordModels}) and page keys read the records views are made of.
 */
public final class RecordAccessors {
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return Collections.unmodifiableMap(accessors);
        }
    };

    private RecordAccessors() {
    }

    /** @param recordType a record class */
    public static Map<String, Method> of(Class<?> recordType) {
        return ACCESSORS.get(recordType);
    }
}
