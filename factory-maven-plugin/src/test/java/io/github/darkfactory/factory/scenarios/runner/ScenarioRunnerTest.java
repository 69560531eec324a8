package io.github.darkfactory.factory.scenarios.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.darkfactory.factory.scenarios.runner.testexamples.TaggedFactoryExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class ScenarioRunnerTest {

    private static List<JsonNode> run(Class<?> example, Path dir) throws Exception {
        Path results = dir.resolve("results.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(results, StandardCharsets.UTF_8)) {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(example))
                    .build(), new ScenarioRunner.JsonLinesListener(out));
        }
        List<JsonNode> finished = new ArrayList<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            JsonNode node = new ObjectMapper().readTree(line);
            if (node.path("event").asText().equals("test")) {
                finished.add(node);
            }
        }
        return finished;
    }

    private static JsonNode named(List<JsonNode> results, String displayName) {
        return results.stream().filter(r -> r.path("displayName").asText().equals(displayName)).findFirst().orElseThrow();
    }

    @Test
    void a_dynamic_test_carries_the_tags_of_its_factory_and_of_the_classes_around_it(@TempDir Path dir) throws Exception {
        List<JsonNode> results = run(TaggedFactoryExample.class, dir);

        assertEquals("[\"ACC-4\",\"qa\"]", named(results, "dynamic one").get("tags").toString());
        assertEquals("[\"ACC-5\",\"qa\"]", named(results, "dynamic two").get("tags").toString());
    }

    @Test
    void a_java_test_gets_no_label_since_the_plugin_names_it_by_its_class(@TempDir Path dir) throws Exception {
        JsonNode result = named(run(TaggedFactoryExample.class, dir), "dynamic one");

        assertEquals(TaggedFactoryExample.class.getName(), result.get("className").asText());
        assertFalse(result.has("label"));
    }
}
