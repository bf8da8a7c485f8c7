/**
 * Not API: the fast YAML reader behind {@link dev.paperboy.yaml.YamlReader}, which nothing else may use, and the
 * shared copies of repeated values that readers of front matter keep.
 *
 * <p>{@link dev.paperboy.yaml.internal.SimpleYaml} shadows Jackson's YAML reader for the shapes front matter is
 * written in, several times faster, and gives Jackson's very values and positions; it declines anything else,
 * which then goes to Jackson, so every error message is Jackson's. {@code SimpleYamlTest} and
 * {@code SimpleYamlFuzzTest} (in {@code dev.paperboy.yaml}, beside the Jackson reader they compare it with) prove
 * it equal. {@link dev.paperboy.yaml.internal.SharedCopies} keeps one copy of the JSON pointers the files of a
 * site have in common (and, for {@code content}'s paper reader, of their authors' names and theme slugs); a reader
 * owns its own, so nothing outlives it. Nothing here depends
 * on the {@code yaml} package.
 */
package dev.paperboy.yaml.internal;
