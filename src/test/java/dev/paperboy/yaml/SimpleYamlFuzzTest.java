package dev.paperboy.yaml;

import static dev.paperboy.yaml.SameAsJackson.FIRST_LINE;
import static dev.paperboy.yaml.SameAsJackson.assertSameAsJackson;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paperboy.yaml.internal.Canonical;
import dev.paperboy.yaml.internal.SimpleYaml;
import java.nio.charset.StandardCharsets;

/**
 * Any text: whenever {@link SimpleYaml} reads it, Jackson reads the same values at the same positions, without an
 * error. Seeds are documents in the shapes it reads; fuzzing mutates them into near misses.
 */
class SimpleYamlFuzzTest {
    private static final Canonical POINTERS = new Canonical(4096);
    private static final JacksonYaml JACKSON = new JacksonYaml(POINTERS);

    @FuzzTest(maxDuration = "10s")
    void readsWhateverItAcceptsAsJacksonDoes(byte[] bytes) {
        String yaml = new String(bytes, StandardCharsets.UTF_8);
        SimpleYaml.read("f.md", yaml, FIRST_LINE, POINTERS)
                .ifPresent(simple -> assertSameAsJackson(JACKSON, yaml, simple));
    }
}
