package dev.paperboy.yaml.internal;

/** Shared copies of strings: the JSON pointers of front-matter fields, the same few in every file of a site. */
public final class Canonical extends SharedCopies<String> {
    public Canonical(int capacity) {
        super(capacity);
    }
}
