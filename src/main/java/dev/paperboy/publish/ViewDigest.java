package dev.paperboy.publish;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * A 128-bit hash ({@link Hash128}) of everything a template can see of a view: records are walked component by
 * component, lists and maps item by item, and every string is length-prefixed, so two different views never share a digest by
 * concatenation (as {@code toString()} could). Values of any other type are hashed by class and
 * {@code toString()}; a type whose text holds an identity hash only ever misses the cache, never hits wrongly.
 */
final class ViewDigest {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    /** The length of every digest, in bytes. */
    static final int BYTES = 16;

    private final Hash128 digest = new Hash128();

    static byte[] of(Object... values) {
        ViewDigest view = new ViewDigest();
        for (Object value : values) {
            view.add(value);
        }
        return view.digest.finish();
    }

    private void add(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('s');
            text(text);
        } else if (value instanceof byte[] bytes) {
            tag('b');
            digest.bytes(bytes);
        } else if (value instanceof Collection<?> items) {
            tag('c');
            count(items.size());
            items.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            tag('m');
            count(map.size());
            map.forEach((key, item) -> {
                add(key);
                add(item);
            });
        } else if (value.getClass().isRecord()) {
            tag('r');
            text(value.getClass().getName());
            for (RecordComponent component : COMPONENTS.get(value.getClass())) {
                add(read(component, value));
            }
        } else {
            tag('v');
            text(value.getClass().getName());
            text(value.toString());
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private void tag(char tag) {
        digest.word(tag);
    }

    private void text(String text) {
        digest.chars(text);
    }

    private void count(int count) {
        digest.word(count);
    }
}
