package io.github.darkfactory.it;

import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in harness rules in real builds (docs/rules/capabilities.md, docs/rules/no-evidence-gaming.md):
 * {@code architecture} on committed code, {@code generate}'s loop feeding a violation back to a
 * provider twin, and the spec errors of the {@code capabilities} front-matter key.
 */
class HarnessRulesBuildsTest {

    private static final String THERMOMETER = "it.cap.weather.impl.HttpThermometer (HttpThermometer.java:13)";
    private static final Map<String, Map<String, String>> SERVICES =
            Map.of("weather", Map.of("it.cap.weather.Thermometer", "it.cap.weather.impl.HttpThermometer"));

    private ProviderTwin twin;

    @AfterEach
    void stopTwin() {
        if (twin != null) {
            twin.stop();
        }
    }

    @Test
    void java_net_in_a_spec_without_network_fails_architecture_is_baselined_on_request_and_passes_once_granted() throws Exception {
        MavenBuild build = MavenBuild.copyOf("cap-network");
        FixtureLock.write(build.baseDir(), SERVICES);

        build.run("verify").assertFailure()
                .assertLine("Specs: 1 up to date, 0 generated, 0 failed")
                .assertLine("[capabilities] " + THERMOMETER + ": Method <it.cap.weather.impl.HttpThermometer.celsius(java.lang.String)>"
                        + " calls method <java.net.URL.openStream()>, which needs capability 'network', not granted to it.cap.weather"
                        + " — why: ", " — fix: grant the capability in the spec's front matter (capabilities: [..]) if the spec"
                        + " truly needs it, or do without it")
                .assertLine("1 architecture violation(s); see target/factory/architecture.sarif")
                .assertNoLine("it.cap.tools.Settings");
        String json = Files.readString(build.file("target/factory/architecture.json"));
        String sarif = Files.readString(build.file("target/factory/architecture.sarif"));
        assertTrue(json.contains("\"capabilities\"") && json.contains("no-evidence-gaming"), json);
        assertTrue(sarif.replace(" ", "").contains("\"ruleId\":\"capabilities\""), sarif);

        MavenBuild.in(build.baseDir()).run("verify", "-Dfactory.architecture.updateBaseline=true").assertSuccess()
                .assertLine("(baselined) [capabilities] " + THERMOMETER);
        assertTrue(Files.readString(build.file("factory-baseline.json")).contains("capabilities"));
        Files.delete(build.file("factory-baseline.json"));

        Path spec = build.file("src/main/specs/weather.md");
        Files.writeString(spec, Files.readString(spec).replace("package: it.cap.weather\n",
                "package: it.cap.weather\ncapabilities: [network]\n"));
        FixtureLock.write(build.baseDir(), SERVICES);          // the front matter is part of the spec's input hash
        MavenBuild.in(build.baseDir()).run("verify").assertSuccess()
                .assertLine("Specs: 1 up to date, 0 generated, 0 failed")
                .assertLine("0 violation(s), 0 baselined")
                .assertNoLine("[capabilities]");
    }

    @Test
    void stack_walker_in_a_first_answer_is_fed_back_and_never_written() throws Exception {
        twin = ProviderTwin.start("openai");
        twin.reply(Reply.text(greeter("return \"Hello, \" + name + \"!\" + (StackWalker.getInstance().walk(s -> s.count()) > 99 ? \"?\" : \"\");")),
                Reply.text(greeter("return \"Hello, \" + name + \"!\";")));
        MavenBuild build = MavenBuild.copyOf("gtw-greeter", "cap-stack-walker").property("twin.url", twin.baseUrl())
                .environment("OPENAI_API_KEY", "sk-test-cap-stack");

        build.run("factory:generate").assertSuccess()
                .assertLine("[greeting] iteration 1/4:", "architecture violation", "asking again")
                .assertLine("[greeting] iteration 2/4: all checks passed (1 file)");

        assertEquals(2, twin.requests().size());
        String first = transcript(build, 1);
        assertTrue(first.contains("- Capabilities: this spec grants none. Everything else is forbidden in package `it.gtw.greeting`:")
                && first.contains("Never look at the stack (StackWalker"), first);
        String second = transcript(build, 2);
        assertTrue(second.contains("[architecture] it.gtw.greeting.impl.PoliteGreeter (PoliteGreeter.java:")
                && second.contains("[no-evidence-gaming] Method <it.gtw.greeting.impl.PoliteGreeter.greet(java.lang.String)> calls method"
                        + " <java.lang.StackWalker.getInstance()>, which is stack introspection — why: ")
                && second.contains("— fix: remove the reference and behave the same whoever calls the code"), second);
        String written = Files.readString(build.file("src/factory/java/it/gtw/greeting/impl/PoliteGreeter.java"));
        assertFalse(written.contains("StackWalker"), written);
    }

    @Test
    void an_unknown_capability_and_capabilities_that_are_not_a_list_are_spec_errors_at_their_lines() {
        MavenBuild.copyOf("cap-spec-errors").run("generate-sources").assertFailure()
                .assertLine("2 problems in the specs of")
                .assertLine("cap-spec-errors/src/main/specs/unknown-capability.md:6: unknown capability 'telepathy' — ",
                        "use only network, files, processes, reflection, threads, environment, native")
                .assertLine("cap-spec-errors/src/main/specs/not-a-list.md:4: capabilities must be a list of capability names — ",
                        "write them as a YAML list, such as 'capabilities: [network]', or remove the line to grant none");
    }

    private static String greeter(String body) {
        return """
                ### it/gtw/greeting/impl/PoliteGreeter.java
                ```java
                package it.gtw.greeting.impl;

                import it.gtw.greeting.Greeter;

                public class PoliteGreeter implements Greeter {
                    @Override
                    public String greet(String name) {
                        %s
                    }
                }
                ```
                """.formatted(body);
    }

    private static String transcript(MavenBuild build, int iteration) throws Exception {
        return Files.readString(build.file("target/factory/transcripts/greeting/" + iteration + "-prompt.md"));
    }
}
