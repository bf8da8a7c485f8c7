/**
 * Not API: {@link dev.paperboy.publish.internal.Hash128}, the 128-bit hash of the build cache's page keys, used
 * instead of SHA-256, which was slow under the C1 compiler the launcher runs with. It guards
 * against accidental change only; {@code Hash128Test} checks that each input word and character counts.
 */
package dev.paperboy.publish.internal;
