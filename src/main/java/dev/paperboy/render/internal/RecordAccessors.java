package dev.paperboy.render.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The component accessors of a record type, in declaration order and by name, looked up and made callable once
 * per type: how templates (FreeMarker's object wrapper) and page keys read the records views are made of.
 */
public final class RecordAccessors {
    /**
     * Not a cache of anything a build reads: each value is a function of its class alone, the same in every build,
     * immutable once made, and held by the class (the JDK's {@link ClassValue}), so it goes when the class does.
     * Looking the accessors up again per build or per template engine would cost reflection on every record type
     * and change nothing, since nothing of a site's content can reach it.
     */
    private static final ClassValue<RecordAccessors> BY_TYPE = new ClassValue<>() {
        @Override
        protected RecordAccessors computeValue(Class<?> type) {
            return new RecordAccessors(type.getRecordComponents());
        }
    };

    /** The arguments of every accessor call: a call without them would allocate an empty array each time. */
    private static final Object[] NO_ARGUMENTS = {};

    private final Method[] accessors;
    private final Map<String, Integer> indexes = new HashMap<>();

    private RecordAccessors(RecordComponent[] components) {
        accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            indexes.put(components[i].getName(), i);
        }
    }

    /** @param recordType a record class */
    public static RecordAccessors of(Class<?> recordType) {
        return BY_TYPE.get(recordType);
    }

    /** How many components the type has. */
    public int count() {
        return accessors.length;
    }

    /** The index of the component named {@code name}, or -1 when there is none. */
    public int indexOf(String name) {
        Integer index = indexes.get(name);
        return index == null ? -1 : index;
    }

    /** The value of component {@code index} of {@code record}. */
    public Object read(Object record, int index) {
        try {
            return accessors[index].invoke(record, NO_ARGUMENTS);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessors[index], e);
        }
    }
}
