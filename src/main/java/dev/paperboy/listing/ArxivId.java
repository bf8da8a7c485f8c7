package dev.paperboy.listing;

import java.util.regex.Pattern;

/**
 * arXiv identifiers as arXiv writes them: the new style {@code YYMM.NNNNN} (four digits from 0704 to 1412), and the old
 * style {@code archive[.SUBJECT]/YYMMNNN} ({@code hep-th/9901001}, {@code math.GT/0309136}), each with an optional
 * version {@code vN}.
 */
public final class ArxivId {
    private static final String MONTH = "(?:0[1-9]|1[0-2])";
    private static final String VERSION = "(?:v[1-9][0-9]*)?";
    private static final Pattern ID = Pattern.compile("(?:0[7-9]|1[0-4])" + MONTH + "\\.[0-9]{4}" + VERSION
            + "|(?:1[5-9]|[2-9][0-9])" + MONTH + "\\.[0-9]{5}" + VERSION
            + "|[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/[0-9]{2}" + MONTH + "[0-9]{3}" + VERSION);
    private static final Pattern VERSION_SUFFIX = Pattern.compile("v[1-9][0-9]*$");

    private ArxivId() {
    }

    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }

    /** The identifier without its version: every version of a paper is the same paper. */
    public static String withoutVersion(String id) {
        return VERSION_SUFFIX.matcher(id).replaceFirst("");
    }
}
