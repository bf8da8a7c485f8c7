package dev.paperboy.yaml;

/** Shared copies of strings: the JSON pointers of front-matter fields, the same few in every file of a site. */
final class Canonical extends SharedCopies<String> {
    Canonical(int capacity) {
        super(capacity);
    }
}
