/**
 * Not API: the fast paths of {@code render}, for that package (and, for record accessors, the page keys of
 * {@code publish}) only.
 *
 * <ul>
 *   <li>{@link dev.paperboy.render.internal.SubsetMarkdown} renders notes of the commonest shape without Flexmark,
 *       byte for byte as Flexmark would, and declines anything it is unsure of ({@code SubsetMarkdownTest} and
 *       {@code SubsetMarkdownCorpusCheck} compare it with Flexmark);</li>
 *   <li>{@link dev.paperboy.render.internal.PlainMarkdown} skips the Jsoup sanitizer for notes whose Flexmark HTML
 *       already is what the sanitizer keeps ({@code PlainMarkdownTest} compares both ways);</li>
 *   <li>{@link dev.paperboy.render.internal.PageBuffer} takes a page as UTF-8 bytes while the template writes it,
 *       with {@link dev.paperboy.render.internal.EscapedTexts}, one per renderer, keeping the escaped bytes of
 *       long texts shown on many pages ({@code PageBufferTest} compares them with the JDK's encoder and
 *       FreeMarker's escaping);</li>
 *   <li>{@link dev.paperboy.render.internal.RecordAccessors} reads record components for FreeMarker's object
 *       wrapper and for page keys;</li>
 *   <li>{@link dev.paperboy.render.internal.CharsTable} looks words up in place in a text, for the search index.</li>
 * </ul>
 *
 * <p>The comparisons with Flexmark live in {@code dev.paperboy.render}, beside the library way they compare with.
 * Nothing here depends on the {@code render} package.
 */
package dev.paperboy.render.internal;
