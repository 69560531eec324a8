package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import io.github.darkfactory.factory.twin.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code factory:generate} in real Maven builds, the model played by in-process provider twins that
 * speak the real wire protocols to the real LangChain4j clients inside Maven (CONTRACT §4, §8). Each
 * test scripts the twin's answers and checks the build result, the log, the files, the lock and
 * what the twin was asked.
 */
class GenerateWithTwinsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPL = "it/gtw/greeting/impl/PoliteGreeter.java";
    private static final String SERVICES = "src/factory/resources/META-INF/services/it.gtw.greeting.Greeter";
    private static final String COMPILE_FIX = "fix the code so it compiles against the contracts";

    private ProviderTwin twin;

    @AfterEach
    void stopTwin() {
        if (twin != null) {
            twin.stop();
        }
    }

    /** A whole-file answer in the protocol; {@code body} is the inside of {@code greet}. */
    private static String answer(String body) {
        return """
                Here is the implementation.

                ### %s
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
                """.formatted(IMPL, body);
    }

    private static final String GOOD = answer("return \"Hello, \" + name + \"!\";");

    private MavenBuild greeter(String copyName, String key) {
        twin = twin == null ? ProviderTwin.start("openai") : twin;
        return MavenBuild.copyOf("gtw-greeter", copyName).property("twin.url", twin.baseUrl())
                .environment("OPENAI_API_KEY", key);
    }

    /** The next build of the same copy, still pointed at this test's twin. */
    private MavenBuild again(MavenBuild build, String key) {
        return MavenBuild.in(build.baseDir()).property("twin.url", twin.baseUrl()).environment("OPENAI_API_KEY", key);
    }

    private static JsonNode lockEntry(MavenBuild build) throws IOException {
        return JSON.readTree(build.file("factory.lock.json").toFile()).at("/specs/greeting");
    }

    private static void editSpec(MavenBuild build) throws IOException {
        Path spec = build.file("src/main/specs/greeting.md");
        Files.writeString(spec, Files.readString(spec).replace("politely.", "politely, in English."));
    }

    @Test
    void a_compile_error_is_fed_back_and_repaired_then_the_committed_state_builds_without_the_model() throws Exception {
        String key = "sk-test-gtw-" + UUID.randomUUID();
        MavenBuild build = greeter("compile-repair", key);
        twin.reply(Reply.text(answer("return \"Hello, \" + nme + \"!\";")).withUsage(300, 40),
                Reply.text(GOOD).withUsage(350, 45));
        List<MavenBuild.Result> results = new ArrayList<>();

        results.add(build.run("factory:generate").assertSuccess()
                .assertLine("[greeting] stale: it has never been generated")
                .assertLine("[greeting] iteration 1/4: 1 compile error — asking again")
                .assertLine("[greeting] iteration 2/4: all checks passed (1 file)")
                .assertLine("Specs: 0 up to date, 1 generated, 0 failed; 2 iteration(s); tokens in 650, out 85"));

        List<Request> requests = twin.requests();
        assertEquals(2, requests.size());
        assertEquals("Bearer " + key, requests.get(0).header("authorization"), "the key did reach the model");
        assertFalse(requests.get(0).user().contains("cannot find symbol"), requests.get(0).user());
        String second = requests.get(1).user();
        assertTrue(second.contains("## Problems to fix (1)") && second.contains("[compile] " + IMPL + ":8: cannot find symbol")
                && second.contains("variable nme") && second.contains("— fix: " + COMPILE_FIX), second);
        assertEquals(second.strip(), transcriptUser(build, 2), "the transcript holds the prompt as sent");

        String written = Files.readString(build.file("src/factory/java/" + IMPL));
        assertTrue(written.contains("return \"Hello, \" + name + \"!\";"), written);
        assertEquals("it.gtw.greeting.impl.PoliteGreeter\n",
                Files.readString(build.file(SERVICES)));
        JsonNode entry = lockEntry(build);
        assertEquals(2, entry.get("iterations").asInt());
        assertEquals(650, entry.at("/tokens/input").asLong());
        assertEquals(85, entry.at("/tokens/output").asLong());
        assertEquals("openai", entry.at("/model/provider").asText());
        assertEquals(ScenarioJars.sha256(build.file("src/factory/java/" + IMPL)), entry.at("/files/" + IMPL.replace("/", "~1")).asText());
        byte[] lock = Files.readAllBytes(build.file("factory.lock.json"));

        // An unchanged second generate (then verify) and CI's plain verify, both with the key present.
        results.add(again(build, key).run("factory:generate", "verify")
                .assertSuccess().assertLine("Specs: 1 up to date, 0 generated, 0 failed"));
        results.add(again(build, key).run("verify")
                .assertSuccess().assertLine("Specs: 1 up to date, 0 generated, 0 failed"));
        assertEquals(2, twin.requests().size(), "up to date: no model call");
        assertArrayEquals(lock, Files.readAllBytes(build.file("factory.lock.json")), "an unchanged lock keeps its bytes");
        assertTrue(Files.exists(build.file("target/classes/it/gtw/greeting/impl/PoliteGreeter.class")));

        // A hand edit of the generated file fails CI naming the file.
        Path impl = build.file("src/factory/java/" + IMPL);
        Files.writeString(impl, written + "// tweaked by hand\n");
        results.add(again(build, key).run("verify").assertFailure()
                .assertLine("Generated files were changed by hand")
                .assertLine(IMPL, "(spec greeting) differs from the lock"));
        Files.writeString(impl, written);

        // An edited spec fails CI naming the spec and the command, without calling the model.
        editSpec(build);
        results.add(again(build, key).run("verify").assertFailure()
                .assertLine("1 spec(s) are stale and no model may be called here")
                .assertLine("greeting: the spec or the contracts it uses changed since it was generated")
                .assertLine("Run `mvn factory:generate`"));
        assertEquals(2, twin.requests().size());

        List<Path> scanned = assertKeyNowhere(key, build.baseDir(), results);
        assertTrue(scanned.containsAll(List.of(build.file("factory.lock.json"), build.file("target/factory/architecture.sarif"))),
                scanned::toString);
    }

    @Test
    void an_architecture_violation_is_fed_back_and_repaired() throws Exception {
        MavenBuild build = greeter("arch-repair", "sk-test-gtw-arch");
        twin.reply(Reply.text(answer("System.out.println(\"greeting \" + name);\n        return \"Hello, \" + name + \"!\";")),
                Reply.text(GOOD));

        build.run("factory:generate").assertSuccess()
                .assertLine("[greeting] iteration 1/4: 1 architecture violation — asking again")
                .assertLine("[greeting] iteration 2/4: all checks passed (1 file)");

        assertEquals(2, twin.requests().size());
        String second = twin.requests().get(1).user();
        assertTrue(second.contains("[architecture] it.gtw.greeting.impl.PoliteGreeter (PoliteGreeter.java:")
                && second.contains("[no-standard-streams]") && second.contains("System.out")
                && second.contains("— fix: log through the application's logger"), second);
        assertFalse(Files.readString(build.file("src/factory/java/" + IMPL)).contains("System.out"));
        assertEquals(2, lockEntry(build).get("iterations").asInt());
    }

    @Test
    void parent_and_absolute_paths_in_an_answer_are_rejected_fed_back_and_never_written() throws Exception {
        MavenBuild build = greeter("paths", "sk-test-gtw-paths");
        Path absolute = build.baseDir().getParent().resolve("gtw-absolute-" + UUID.randomUUID()).resolve("Absolute.java");
        String escapes = """

                ### ../../../escape/Escape.java
                ```java
                package escape;
                public class Escape {}
                ```

                ### %s
                ```java
                public class Absolute {}
                ```
                """.formatted(absolute);
        twin.reply(Reply.text(GOOD + escapes), Reply.text(GOOD));

        build.run("factory:generate").assertSuccess()
                .assertLine("[greeting] iteration 1/4: 2 rejected files — asking again")
                .assertLine("[greeting] iteration 2/4: all checks passed (1 file)");

        String second = twin.requests().get(1).user();
        assertTrue(second.contains("[path] ### ../../../escape/Escape.java: '..', '.' and empty path segments are not allowed"), second);
        assertTrue(second.contains("[path] ### " + absolute + ": absolute paths are not allowed"), second);
        assertFalse(Files.exists(absolute) || Files.exists(absolute.getParent()), "nothing written at " + absolute);
        try (Stream<Path> files = Files.walk(build.baseDir().getParent(), 2)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().equals("Escape.java")).toList());
        }
        try (Stream<Path> files = Files.walk(build.baseDir())) {
            assertEquals(List.of(), files.filter(p -> !p.startsWith(build.file("target/factory/transcripts")))
                    .filter(p -> p.getFileName().toString().matches("(Escape|Absolute)\\.(java|class)")).toList());
        }
        List<String> owned = new ArrayList<>();
        lockEntry(build).get("files").fieldNames().forEachRemaining(owned::add);
        assertEquals(List.of(IMPL), owned);
    }

    @Test
    void a_spec_that_never_converges_fails_naming_it_and_its_last_errors_and_writes_nothing() throws Exception {
        MavenBuild build = greeter("never-converges", "sk-test-gtw-nc");
        twin.reply(Reply.text(GOOD));
        build.run("factory:generate").assertSuccess();
        byte[] lock = Files.readAllBytes(build.file("factory.lock.json"));
        byte[] impl = Files.readAllBytes(build.file("src/factory/java/" + IMPL));
        byte[] services = Files.readAllBytes(build.file(SERVICES));
        editSpec(build);
        twin.reply(Reply.text(answer("return \"Hello, \" + nme + \"!\";")), Reply.text(answer("return \"Hello, \" + nmee + \"!\";")));

        again(build, "sk-test-gtw-nc")
                .property("factory.maxIterations", "2").run("factory:generate").assertFailure()
                .assertLine("[greeting] iteration 2/2: 1 compile error — giving up")
                .assertLine("1 spec(s) were not generated: [greeting]")
                .assertLine("greeting: did not converge after 2 iteration(s); last errors:")
                .assertLine(IMPL + ":8: cannot find symbol", "variable nmee")
                .assertLine("-Dfactory.maxIterations=<n>");

        assertEquals(3, twin.requests().size());
        assertArrayEquals(lock, Files.readAllBytes(build.file("factory.lock.json")), "the previous lock is untouched");
        assertArrayEquals(impl, Files.readAllBytes(build.file("src/factory/java/" + IMPL)), "the previous file is untouched");
        assertArrayEquals(services, Files.readAllBytes(build.file(SERVICES)), "the services file is untouched");
        assertTrue(Files.readString(build.file("target/factory/transcripts/greeting/2-answer.md")).contains("nmee"));
        try (Stream<Path> files = Files.walk(build.file("src/factory/java"))) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void a_rate_limit_is_retried_and_the_second_request_succeeds() throws Exception {
        MavenBuild build = greeter("rate-limit", "sk-test-gtw-429");
        twin.reply(Reply.status(429, "slow down").withRetryAfter("1"), Reply.text(GOOD));

        build.run("factory:generate").assertSuccess().assertLine("Specs: 0 up to date, 1 generated, 0 failed; 1 iteration(s)");

        assertEquals(2, twin.requests().size());
        assertEquals(twin.requests().get(0).body(), twin.requests().get(1).body(), "the same request, retried");
        long waitedMillis = (twin.requests().get(1).receivedNanos() - twin.requests().get(0).receivedNanos()) / 1_000_000;
        assertTrue(waitedMillis >= 900, "Retry-After: 1 honoured, waited " + waitedMillis + " ms");
        assertEquals(1, lockEntry(build).get("iterations").asInt());
    }

    @Test
    void a_rejected_key_fails_at_once_naming_its_variable_and_never_the_key() throws Exception {
        String key = "sk-test-gtw-wrong-" + UUID.randomUUID();
        MavenBuild build = greeter("rejected-key", key);
        twin.expectKey("sk-test-gtw-the-right-one");

        MavenBuild.Result result = build.run("factory:generate").assertFailure()
                .assertLine("rejected the credentials from environment variable OPENAI_API_KEY (HTTP 401)")
                .assertLine("The model rejected the key from environment variable OPENAI_API_KEY: set a valid key there"
                        + " (or renew it), then run again.");

        result.assertNoLine(key);
        result.assertNoLine("maxIterations");
        assertEquals(1, twin.requests().size(), "no retry on 401");
        assertFalse(Files.exists(build.file("factory.lock.json")), "a failed first generate leaves no (empty) lock");
        assertFalse(Files.exists(build.file("src/factory/java/" + IMPL)));
        assertKeyNowhere(key, build.baseDir(), List.of(result));
    }

    @Test
    void an_unset_key_variable_fails_the_stale_spec_naming_the_variable_to_set_and_calls_nothing() {
        MavenBuild build = greeter("unset-key", "sk-test-gtw-elsewhere").property("gtw.keyEnv", "GTW_KEY_NOBODY_SET");

        build.run("factory:generate").assertFailure()
                .assertLine("1 spec(s) are stale and no model may be called here", "environment variable GTW_KEY_NOBODY_SET is not set")
                .assertLine("greeting: it has never been generated")
                .assertLine("Set the variable <apiKeyEnv> names to the model's key, then run again:"
                        + " export GTW_KEY_NOBODY_SET=<your key>")
                .assertNoLine("Run `mvn factory:generate`");

        assertEquals(0, twin.requests().size());
    }

    @Test
    void a_model_server_that_is_down_fails_with_advice_about_the_connection_only() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        twin = ProviderTwin.start("openai");
        String down = twin.baseUrl().replace(":" + twin.port(), ":" + closedPort);
        MavenBuild build = MavenBuild.copyOf("gtw-greeter", "server-down").property("twin.url", down)
                .environment("OPENAI_API_KEY", "sk-test-gtw-down");

        build.run("factory:generate").assertFailure()
                .assertLine("greeting: the model could not answer (NETWORK): Could not reach openai model twin-model at 127.0.0.1:"
                        + closedPort, "check the baseUrl, the network and the proxy in settings.xml.")
                .assertLine("The model could not be reached: check <baseUrl> in <model>, the network, and the active"
                        + " <proxy> in settings.xml, then run again.")
                .assertNoLine("maxIterations");

        assertEquals(0, twin.requests().size());
        assertFalse(Files.exists(build.file("factory.lock.json")), "nothing generated, no lock");
    }

    @Test
    void no_prompt_holds_anything_of_the_scenario_jar_and_verify_still_runs_it() throws Exception {
        String sha = ScenarioJars.install("gtw-scenarios", "gtw-scenarios-1.0.0.jar");
        String marker = "GTW-SECRET-SCENARIO-MARKER-5e1d";
        twin = ProviderTwin.start("openai");
        twin.reply(Reply.text(GOOD));
        String key = "sk-test-gtw-scn-" + UUID.randomUUID();
        MavenBuild build = MavenBuild.copyOf("gtw-scenario-product", "").property("twin.url", twin.baseUrl())
                .property("scenario.sha256", sha).environment("OPENAI_API_KEY", key);

        MavenBuild.Result result = build.run("factory:generate", "verify").assertSuccess()
                .assertLine("Specs: 0 up to date, 1 generated, 0 failed")
                .assertLine("Scenarios: 1 run, 1 passed, 0 failed")
                .assertLine("Requirements: 1, satisfied 1, missing 0, failed 0");

        assertEquals(1, twin.requests().size());
        for (Request request : twin.requests()) {
            assertFalse(request.body().contains(marker) || request.body().contains("GreetingScenarios")
                    || request.body().contains("gtw-scenarios"), request.body());
        }
        assertTrue(Files.readString(build.file("target/factory/evidence.json")).contains(marker),
                "the scenario holding the marker ran");
        List<Path> scanned = assertKeyNowhere(key, build.baseDir(), List.of(result));
        assertTrue(scanned.contains(build.file("target/factory/evidence.html")), scanned::toString);
    }

    @Test
    void a_placeholder_or_stale_pin_fails_when_the_build_starts_not_after_compile_jar_and_rules() {
        String sha = ScenarioJars.install("gtw-scenarios", "gtw-scenarios-1.0.0.jar");
        MavenBuild placeholder = MavenBuild.copyOf("gtw-scenario-product", "pin-placeholder").property("scenario.sha256", "9f2c…");
        placeholder.run("verify").assertFailure()
                .assertLine("The pin of the scenario artifact it.factory:gtw-scenarios:1.0.0 is not a sha256 digest"
                        + " (64 hexadecimal characters): '9f2c…'")
                .assertLine("Write the <sha256> that factory:seal printed for this release")
                .assertNoLine("maven-compiler-plugin");

        String other = sha.replace(sha.charAt(0), sha.charAt(0) == 'a' ? 'b' : 'a');
        MavenBuild stale = MavenBuild.copyOf("gtw-scenario-product", "pin-stale").property("scenario.sha256", other);
        stale.run("verify").assertFailure()
                .assertLine("The scenario artifact it.factory:gtw-scenarios:1.0.0 does not match its pin")
                .assertLine("expected sha256: " + other)
                .assertNoLine("maven-compiler-plugin");
    }

    @Test
    void a_prompt_holds_its_spec_the_contracts_it_depends_on_and_agents_md_but_no_other_spec() throws Exception {
        twin = ProviderTwin.start("openai");
        twin.otherwise(request -> Reply.text(request.user().contains("# Implement spec `names`") ? """
                ### it/gtw/names/impl/FixedName.java
                ```java
                package it.gtw.names.impl;

                public class FixedName implements it.gtw.names.NameSource {
                    @Override
                    public String name() {
                        return "Ada";
                    }
                }
                ```
                """ : """
                ### it/gtw/welcome/impl/PlainWelcome.java
                ```java
                package it.gtw.welcome.impl;

                import it.gtw.names.NameSource;

                public class PlainWelcome implements it.gtw.welcome.Welcome {
                    @Override
                    public String text(NameSource source) {
                        return "Welcome, " + source.name();
                    }
                }
                ```
                """));
        MavenBuild build = MavenBuild.copyOf("gtw-prompt", "").property("twin.url", twin.baseUrl())
                .environment("OPENAI_API_KEY", "sk-test-gtw-prompt");

        build.run("factory:generate").assertSuccess().assertLine("Specs: 0 up to date, 2 generated, 0 failed");

        assertEquals(2, twin.requests().size());
        String names = twin.requests().get(0).user();
        String welcome = twin.requests().get(1).user();
        assertTrue(names.contains("# Implement spec `names`"), "names first: welcome depends on it\n" + names);
        assertTrue(names.contains("GTW-AGENTS-MARKER") && welcome.contains("GTW-AGENTS-MARKER"), "AGENTS.md in every prompt");
        assertTrue(welcome.contains("Contracts of spec `names`") && welcome.contains("public interface NameSource"), welcome);
        for (String otherSpec : List.of("GTW-NAMES-PROSE-MARKER", "NAM-1", "FixedName")) {
            assertFalse(welcome.contains(otherSpec), "welcome's prompt holds " + otherSpec + " of spec names:\n" + welcome);
        }
        for (String otherSpec : List.of("WEL-1", "interface Welcome", "Welcomes the person")) {
            assertFalse(names.contains(otherSpec), "names' prompt holds " + otherSpec + " of spec welcome:\n" + names);
        }
        assertTrue(Files.exists(build.file("src/factory/java/it/gtw/welcome/impl/PlainWelcome.java")));
    }

    @Test
    void an_anthropic_twin_generates_the_spec() throws Exception {
        smoke("anthropic", "ANTHROPIC_API_KEY", "/v1/messages");
    }

    @Test
    void an_ollama_twin_generates_the_spec_without_a_key() throws Exception {
        smoke("ollama", "", "/api/chat");
    }

    private void smoke(String provider, String keyEnv, String path) throws Exception {
        twin = ProviderTwin.start(provider);
        twin.reply(Reply.text(GOOD));
        MavenBuild build = MavenBuild.copyOf("gtw-greeter", provider).property("twin.url", twin.baseUrl())
                .property("twin.provider", provider).property("gtw.keyEnv", keyEnv);
        if (!keyEnv.isEmpty()) {
            build.environment(keyEnv, "sk-test-gtw-" + provider);
        }

        build.run("factory:generate").assertSuccess().assertLine("Specs: 0 up to date, 1 generated, 0 failed");

        assertEquals(1, twin.requests().size());
        assertEquals(path, twin.requests().get(0).path());
        assertEquals("twin-model", twin.requests().get(0).model());
        assertEquals(provider, lockEntry(build).at("/model/provider").asText());
        assertTrue(Files.exists(build.file("src/factory/java/" + IMPL)));
    }

    private static String transcriptUser(MavenBuild build, int iteration) throws IOException {
        String transcript = Files.readString(build.file("target/factory/transcripts/greeting/" + iteration + "-prompt.md"));
        return transcript.substring(transcript.indexOf("# Implement spec `greeting`")).strip();
    }

    /** The key appears in no file under the project (target/, transcripts, lock, reports) and in no build log. */
    private static List<Path> assertKeyNowhere(String key, Path baseDir, List<MavenBuild.Result> results) throws IOException {
        byte[] needle = key.getBytes(StandardCharsets.UTF_8);
        List<Path> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                checked.add(file);
                assertFalse(contains(read(file), needle), "the key is in " + file);
            });
        }
        assertTrue(checked.contains(baseDir.resolve("target/factory/transcripts/greeting/1-prompt.md")), checked::toString);
        for (MavenBuild.Result result : results) {
            assertFalse(result.log().contains(key), "the key is in a build log");
        }
        return checked;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
