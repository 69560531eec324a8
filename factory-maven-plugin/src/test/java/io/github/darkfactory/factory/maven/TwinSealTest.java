package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** seal in a twin project prints a {@code <twin>} for {@code <scenarios><twins>}, never a {@code <scenarios>}. */
class TwinSealTest {

    @TempDir
    Path temp;

    private final List<String> lines = new ArrayList<>();
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }
    };

    private Path jar(String name, String... namesAndContents) throws Exception {
        Path jar = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new JarEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static ScenarioCoordinates coordinates(String artifactId) {
        return new ScenarioCoordinates("com.acme.twins", artifactId, "1.2.0", "");
    }

    @Test
    void a_jar_of_mappings_gets_a_twin_snippet_named_after_its_artifact_id() throws Exception {
        Optional<String> snippet = TwinSeal.snippet(coordinates("payments-twin"),
                jar("p.jar", "mappings/charge.json", "{}"), "ab12", false, log);

        assertEquals(Optional.of("<twin>\n  <name>payments</name>\n  <artifact>com.acme.twins:payments-twin:1.2.0</artifact>\n"
                + "  <sha256>ab12</sha256>\n</twin>\n"), snippet);
        assertEquals("[INFO] Sealed the twin com.acme.twins:payments-twin:1.2.0 (stub mappings); paste into the product's"
                + " <scenarios><twins>, adjusting <name> (the scenarios read its URL from factory.twin.<name>.url):",
                lines.get(0));
        assertEquals("[INFO] <twin>", lines.get(1));
    }

    @Test
    void a_name_the_twin_rule_refuses_is_printed_with_a_warning_to_adjust_it() throws Exception {
        TwinSeal.snippet(coordinates("Payments_Twin"), jar("p.jar", "mappings/charge.json", "{}"), "ab12", false, log);

        assertTrue(lines.contains("[WARNING] The name Payments_Twin (the artifactId without -twin) is not a twin name:"
                + " write a <name> of lower-case letters, digits and '-', starting with a letter."), lines.toString());
    }

    @Test
    void a_scenario_jar_gets_no_twin_snippet_and_a_broken_mapping_or_a_pin_into_fails_a_twin() throws Exception {
        assertEquals(Optional.empty(), TwinSeal.snippet(coordinates("shop-scenarios"),
                jar("s.jar", "x/S.class", "Lorg/junit/jupiter/api/Test;"), "ab12", false, log));
        assertTrue(lines.isEmpty(), lines.toString());

        Path broken = jar("b.jar", "mappings/broken.json", "{");
        String message = assertThrows(MojoFailureException.class,
                () -> TwinSeal.snippet(coordinates("payments-twin"), broken, "ab12", false, log)).getMessage();
        assertTrue(message.startsWith("The mapping mappings/broken.json of the twin payments (" + broken + ") is not valid"
                + " JSON"), message);
        assertTrue(message.endsWith("\nA scenario run would refuse this twin: correct that file under src/main/resources"
                + " and package again."), message);

        assertThrows(MojoFailureException.class, () -> TwinSeal.snippet(coordinates("payments-twin"),
                jar("p.jar", "mappings/charge.json", "{}"), "ab12", true, log));
    }
}
