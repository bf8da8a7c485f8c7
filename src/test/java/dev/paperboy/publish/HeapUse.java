package dev.paperboy.publish;

import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.site.RelatedPapersFinder;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a planned site holds in the heap, by the chain of fields that reaches it: the tool behind the memory figures
 * of docs/performance.md ({@code bench/heap.sh}). It plans the site as {@code build} does (every file read, the
 * model, views and page keys) without rendering, then walks the engine's objects breadth first, counting each
 * object once, under the shortest chain of fields that reaches it (a string that a paper and its card share counts
 * where it is met first). Sizes are those of a 64-bit JVM with compressed pointers: 12-byte headers, 4-byte
 * references, 8-byte alignment, a string's characters one byte each when all are Latin-1, else two.
 */
public final class HeapUse {
    private final Map<Class<?>, List<Field>> fields = new HashMap<>();
    private final Map<String, long[]> byPath = new HashMap<>();

    public static void main(String[] args) throws Exception {
        SiteEngine engine = new SiteEngine(new SiteLayout(Path.of(args[0])),
                new EngineSettings(null, false, false, false, Clock.systemUTC()), SiteKey.tool(),
                new KeptRelatedLists(RelatedPapersFinder.BY_TEXT, BuildCache.load(Path.of(args[0], "no-output"), "")),
                Map.of(), Map.of());
        Diagnostics diagnostics = new Diagnostics();
        SiteEngine.Update update = engine.plan(Changes.all(), new StageTimes(), diagnostics)
                .orElseThrow(() -> new IllegalStateException(diagnostics.formatted().toString()));
        HeapUse use = new HeapUse();
        long total = use.walk(List.of(engine, update));
        System.out.printf("%.1f MB reachable from the engine and its plan%n", total / 1e6);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        use.byPath.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(top)
                .forEach(entry -> System.out.printf("%8.1f MB %9d  %s%n", entry.getValue()[0] / 1e6,
                        entry.getValue()[1], entry.getKey()));
    }

    private long walk(Object root) throws IllegalAccessException {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object> objects = new ArrayDeque<>();
        ArrayDeque<String> paths = new ArrayDeque<>();
        seen.put(root, true);
        objects.add(root);
        paths.add("");
        long total = 0;
        while (!objects.isEmpty()) {
            Object object = objects.poll();
            String path = paths.poll();
            List<Object> children = new ArrayList<>();
            List<String> names = new ArrayList<>();
            long size = sizeAndChildren(object, path, children, names);
            for (int i = 0; i < children.size(); i++) {
                if (seen.put(children.get(i), true) == null) {
                    objects.add(children.get(i));
                    paths.add(names.get(i));
                }
            }
            total += size;
            long[] tally = byPath.computeIfAbsent(path + " -> " + object.getClass().getSimpleName(), key -> new long[2]);
            tally[0] += size;
            tally[1]++;
        }
        return total;
    }

    /** The object's own size; adds what it refers to, with the path each is reached by, to the two lists. */
    private long sizeAndChildren(Object object, String path, List<Object> children, List<String> names)
            throws IllegalAccessException {
        if (object instanceof String text) {
            boolean latin1 = text.chars().allMatch(c -> c < 256);
            return 24 + aligned(16 + (long) text.length() * (latin1 ? 1 : 2));
        }
        Class<?> type = object.getClass();
        if (type.isArray()) {
            int length = Array.getLength(object);
            if (!type.getComponentType().isPrimitive()) {
                for (int i = 0; i < length; i++) {
                    add(Array.get(object, i), path + "[]", children, names);
                }
            }
            return aligned(16 + (long) length * slotSize(type.getComponentType()));
        }
        // The JDK's collections and boxes are counted under the field that holds them, not their own fields.
        boolean jdk = type.getName().startsWith("java.") || type.getName().startsWith("jdk.");
        long size = 12;
        for (Field field : fieldsOf(type)) {
            size += slotSize(field.getType());
            if (!field.getType().isPrimitive()) {
                add(field.get(object), jdk ? path : path + "." + type.getSimpleName() + ":" + field.getName(),
                        children, names);
            }
        }
        return aligned(size);
    }

    private static void add(Object child, String path, List<Object> children, List<String> names) {
        // Classes, loaders and threads belong to the JVM, not to the site.
        if (child != null && !(child instanceof Class) && !(child instanceof ClassLoader) && !(child instanceof Thread)) {
            children.add(child);
            names.add(path);
        }
    }

    private List<Field> fieldsOf(Class<?> type) {
        return fields.computeIfAbsent(type, key -> {
            List<Field> found = new ArrayList<>();
            for (Class<?> c = key; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && field.trySetAccessible()) {
                        found.add(field);
                    }
                }
            }
            return found;
        });
    }

    private static int slotSize(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == byte.class || type == boolean.class) {
            return 1;
        }
        return type == short.class || type == char.class ? 2 : 4;
    }

    private static long aligned(long size) {
        return size + 7 & ~7L;
    }
}
