package dev.paperboy.themes;

import java.util.List;

/**
 * The word tokens of one text in order, as stems and as written (lower case). A hyphenated compound such as
 * "in-context" is split into its parts ("in", "context"), and its joined form ("incontext") is kept at the
 * position of its first part, so both spellings of a compound can be matched.
 */
final class TokenSequence {
    private final String[] stems;
    private final String[] surfaces;
    private final String[] joinedStems;
    private final String[] joinedSurfaces;

    TokenSequence(List<String> surfaces, String[] joinedSurfaces, Analyzer analyzer) {
        this.surfaces = surfaces.toArray(String[]::new);
        this.joinedSurfaces = joinedSurfaces;
        this.stems = new String[this.surfaces.length];
        this.joinedStems = new String[this.surfaces.length];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = analyzer.stem(this.surfaces[i]);
            if (joinedSurfaces[i] != null) {
                joinedStems[i] = analyzer.stem(Analyzer.withoutHyphens(joinedSurfaces[i]));
            }
        }
    }

    int size() {
        return stems.length;
    }

    String stem(int i) {
        return stems[i];
    }

    String surface(int i) {
        return surfaces[i];
    }

    /** The stem of the joined compound that starts at token {@code i}, or {@code null}. */
    String joinedStem(int i) {
        return joinedStems[i];
    }

    /** The compound that starts at token {@code i} as written, hyphens included, or {@code null}. */
    String joinedSurface(int i) {
        return joinedSurfaces[i];
    }

    /** How many tokens the compound starting at token {@code i} spans; 1 where no compound starts. */
    int compoundLength(int i) {
        if (joinedSurfaces[i] == null) {
            return 1;
        }
        int hyphens = joinedSurfaces[i].length() - Analyzer.withoutHyphens(joinedSurfaces[i]).length();
        return hyphens + 1;
    }
}
