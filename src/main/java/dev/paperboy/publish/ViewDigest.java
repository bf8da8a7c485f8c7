package dev.paperboy.publish;

import dev.paperboy.publish.internal.Hash128;
import dev.paperboy.render.internal.RecordAccessors;
import dev.paperboy.site.Html;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A 128-bit hash ({@link Hash128}) of everything a template can see of a view: records are walked component by
 * component, lists and maps item by item, and every string is length-prefixed, so two different views never share
 * a digest by concatenation (as {@code toString()} could). Values of any other type are hashed by class and
 * {@code toString()}; a type whose text holds an identity hash only ever misses the cache, never hits wrongly.
 */
final class ViewDigest {
    /** The length of every digest, in bytes. */
    static final int BYTES = 16;

    /**
     * Each type's name as two words, hashed once per type rather than as text in every value of it, and a record
     * type's accessors. A function of the class alone, held by it, as {@link RecordAccessors} are.
     */
    private static final ClassValue<Type> TYPES = new ClassValue<>() {
        @Override
        protected Type computeValue(Class<?> type) {
            Hash128 name = new Hash128();
            name.chars('s', type.getName());
            ByteBuffer words = ByteBuffer.wrap(name.finish());
            return new Type(words.getLong() << 8, words.getLong(), type.isRecord() ? RecordAccessors.of(type) : null);
        }
    };

    private final Hash128 digest = new Hash128();
    private final Memo memo;

    private ViewDigest(Memo memo) {
        this.memo = memo;
    }

    /**
     * Remembers the digests of view objects of the given types, which many views share (a paper card shows on
     * its paper's digest and theme pages), so each is walked once per build. Objects count by identity: the
     * views of one build are immutable. Thread-safe.
     */
    static final class Memo {
        private final Set<Class<?>> types;
        private final Function<Object, byte[]> known;
        /** Sized for the shared views of 10,000 papers, so that it does not grow while pages are keyed. */
        private final Map<Identity, byte[]> digests = new ConcurrentHashMap<>(40_000);

        /**
         * @param types record types and {@link Html}
         * @param known the digest a view (of one of the types) stands for instead of being walked, for a view that is
         *              a function of something with a known key (a Markdown render, of its source); else null
         */
        Memo(Set<Class<?>> types, Function<Object, byte[]> known) {
            this.types = Set.copyOf(types);
            this.known = known;
        }

        private byte[] digest(Object value) {
            Identity key = new Identity(value);
            byte[] digest = digests.get(key);
            if (digest == null) {
                digest = known.apply(value);
            }
            if (digest == null) {
                ViewDigest walk = new ViewDigest(this);
                walk.addValue(value);
                digest = walk.digest.finish();
            }
            digests.putIfAbsent(key, digest);
            return digest;
        }

        private record Identity(Object value) {
            @Override
            public boolean equals(Object other) {
                return other instanceof Identity identity && identity.value == value;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(value);
            }
        }
    }

    /**
     * @param name1     the first word of the name's hash, its low byte zero for the kind of value
     * @param accessors null unless a record type
     */
    private record Type(long name1, long name2, RecordAccessors accessors) {
    }

    static byte[] of(Object... values) {
        return of(null, values);
    }

    /** @param memo digests of shared objects to reuse, or null */
    static byte[] of(Memo memo, Object... values) {
        ViewDigest view = new ViewDigest(memo);
        for (Object value : values) {
            view.add(value);
        }
        return view.digest.finish();
    }

    /*
     * Every value starts with a word whose low byte tells its kind (a string's length word, a collection's size, a
     * record's type name carry it), so no value's words are a prefix of another's.
     */
    private void add(Object value) {
        if (value == null) {
            digest.word('0');
        } else if (value instanceof String text) {
            digest.chars('s', text);
        } else if (value instanceof byte[] bytes) {
            digest.word('b');
            digest.bytes(bytes);
        } else if (value instanceof Collection<?> items) {
            digest.word((long) items.size() << 8 | 'c');
            items.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            digest.word((long) map.size() << 8 | 'm');
            map.forEach((key, item) -> {
                add(key);
                add(item);
            });
        } else if (memo != null && memo.types.contains(value instanceof Html ? Html.class : value.getClass())) {
            digest.word('h');
            digest.digest(memo.digest(value));
        } else {
            addValue(value);
        }
    }

    /** A value that is neither null, a string, bytes nor a collection. */
    private void addValue(Object value) {
        if (value instanceof Html html) {
            digest.chars('H', html.html());
            digest.chars('s', html.text());
        } else if (value instanceof Record) {
            RecordAccessors accessors = type(value, 'r').accessors();
            for (int i = 0; i < accessors.count(); i++) {
                add(accessors.read(value, i));
            }
        } else {
            type(value, 'v');
            digest.chars('s', value.toString());
        }
    }

    private Type type(Object value, char kind) {
        Type type = TYPES.get(value.getClass());
        digest.word(type.name1() | kind);
        digest.word(type.name2());
        return type;
    }
}
