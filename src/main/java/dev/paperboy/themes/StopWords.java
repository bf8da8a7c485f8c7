package dev.paperboy.themes;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that say nothing about a paper's topic: common English words and the boilerplate of abstracts
 * ("we propose a novel method and show results"). Held as stems, so "proposes" and "proposed" are covered too.
 */
final class StopWords {
    private static final String ENGLISH = """
            a about above after again against all almost along already also although always am among an and
            another any anyone anything are around as at be because been before being below between both but by
            can cannot could did do does doing done down during each either else enough even ever every few for
            from further had has have having he her here hers herself him himself his how however i if in into is
            it its itself just least less let like made make makes many may me might more most much must my
            myself neither no nor not now of off often on once one only onto or other others otherwise our ours
            ourselves out over own per rather same she should since so some such than that the their theirs them
            themselves then there therefore these they this those though through thus to too toward towards under
            until up upon us very via was we well were what whatever when where whereas whether which while who
            whom whose why will with within without would yet you your yours yourself yourselves
            """;

    private static final String ABSTRACT_BOILERPLATE = """
            paper papers propose proposed proposes present presents presented introduce introduces introduced
            method methods approach approaches result results show shows showed shown demonstrate demonstrates
            demonstrated achieve achieves achieved novel new existing work works study studies based using use used
            state-of-the-art sota significant significantly various different several number problem problems
            task tasks performance experiment experiments experimental extensive code available github https www
            com org arxiv et al first second third two three further furthermore moreover finally
            """;

    private static final Set<String> STEMS = stems(ENGLISH + ABSTRACT_BOILERPLATE);

    private StopWords() {
    }

    static boolean contains(String stem) {
        return STEMS.contains(stem);
    }

    private static Set<String> stems(String words) {
        Set<String> stems = new HashSet<>();
        for (String word : words.trim().split("\\s+")) {
            stems.add(Stemmer.stem(word.replace("-", "")));
        }
        return Set.copyOf(stems);
    }
}
