package dev.paperboy.publish;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;

/**
 * A SHA-256 of everything a template can see of a view: records are walked component by component, lists and
 * maps item by item, and every string is length-prefixed, so two different views never share a digest by
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

    private final MessageDigest digest;
    private final ByteBuffer number = ByteBuffer.allocate(Integer.BYTES);

    private ViewDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static byte[] of(Object... values) {
        ViewDigest view = new ViewDigest();
        for (Object value : values) {
            view.add(value);
        }
        return view.digest.digest();
    }

    private void add(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('s');
            text(text);
        } else if (value instanceof byte[] bytes) {
            tag('b');
            count(bytes.length);
            digest.update(bytes);
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
        digest.update((byte) tag);
    }

    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        count(bytes.length);
        digest.update(bytes);
    }

    private void count(int count) {
        digest.update(number.clear().putInt(count).array());
    }
}
