package dev.paperboy.listing;

/**
 * A non-blank line of a listing, trimmed of spaces, tabs and byte-order marks.
 *
 * @param number 1-based line number in the file
 */
record Line(int number, String text) {
}
