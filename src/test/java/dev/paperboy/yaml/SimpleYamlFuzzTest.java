package dev.paperboy.yaml;

import static dev.paperboy.yaml.SameAsJackson.FIRST_LINE;
import static dev.paperboy.yaml.SameAsJackson.assertSameAsJackson;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text: whenever {@link dev.paperboy.yaml.internal.SimpleYaml} reads it, Jackson reads the same values at the same positions, without an
 * error. Seeds are documents in the shapes it reads; fuzzing mutates them into near misses.
 */
class SimpleYamlFuzzTest {
    private static final YamlReader READER = new YamlReader();
    private static final JacksonYaml JACKSON = READER.jackson();

    @FuzzTest(maxDuration = "10s")
    void readsWhateverItAcceptsAsJacksonDoes(byte[] bytes) {
        String yaml = new String(bytes, StandardCharsets.UTF_8);
        READER.readSimple("f.md", yaml, FIRST_LINE)
                .ifPresent(simple -> assertSameAsJackson(JACKSON, yaml, simple));
    }
}
