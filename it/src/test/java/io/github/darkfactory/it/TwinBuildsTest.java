package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Digital twins in real builds: a product ({@code twins-product}) whose sealed scenarios
 * ({@code twins-scenarios}) reach a mappings twin ({@code twins-mappings}, served by WireMock) and an
 * executable twin ({@code twins-exec}); each twin installed and pinned as a separate team releases it.
 */
class TwinBuildsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static MavenBuild product(String copyName) {
        return MavenBuild.copyOf("twins-product", copyName)
                .property("scenario.sha256", ScenarioJars.install("twins-scenarios", "twins-scenarios-1.0.0.jar"))
                .property("greeter.sha256", ScenarioJars.install("twins-mappings", "twins-mappings-1.0.0.jar"))
                .property("ledger.sha256", ScenarioJars.install("twins-exec", "twins-exec-1.0.0.jar"));
    }

    private static int lineIndex(MavenBuild.Result result, String part) {
        List<String> lines = result.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + part + " in:\n" + result.log());
    }

    private static void assertExactLine(MavenBuild.Result result, String line) {
        assertTrue(result.lines().contains(line), () -> "no line is exactly\n" + line + "\nin:\n" + result.log());
    }

    @Test
    void scenarios_reach_a_mappings_twin_and_an_executable_twin_by_their_urls_and_each_request_is_journalled()
            throws Exception {
        MavenBuild build = product("green");
        Path stale = build.file("target/factory/twins/removed-twin.jsonl");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{}\n");

        MavenBuild.Result result = build.run("verify").assertSuccess()
                .assertLine("Starting 2 twin(s) on 127.0.0.1")
                .assertLine("Scenarios: 4 run, 3 passed, 0 failed");
        assertExactLine(result, "[WARNING] The twin greeter has no stub mapping for GET /no-such-stub?to=XX&kg=9 (answered"
                + " 404); see " + build.file("target/factory/twins/greeter.jsonl") + ". Add a mapping for it to the twin's"
                + " project, or record it with factory:twin-record; then release the twin and pin the new version.");
        result.assertNoLine("The twin the-ledger has no stub mapping");
        // the twins start before the scenario jar and its graph are resolved, so their JVMs start meanwhile
        assertTrue(lineIndex(result, "Starting 2 twin(s)") < lineIndex(result, "Running the scenarios of "), result.log());
        assertTrue(lineIndex(result, "Running the scenarios of ") < lineIndex(result, "Twin factory.twin.greeter.url = "),
                result.log());
        assertTrue(!Files.exists(stale), "the journal of a twin no longer configured is gone");

        List<String> greeter = Files.readAllLines(build.file("target/factory/twins/greeter.jsonl"));
        assertEquals(2, greeter.size(), greeter.toString());
        JsonNode greeting = greeter.stream().map(TwinBuildsTest::json).filter(l -> l.get("path").asText().equals("/greeting"))
                .findFirst().orElseThrow();
        assertEquals("GET", greeting.get("method").asText());
        assertEquals("lang=en", greeting.get("query").asText());
        assertEquals(200, greeting.get("status").asInt());
        assertTrue(greeting.get("matched").asBoolean());
        assertTrue(greeting.has("durationMs"));
        List<String> ledger = Files.readAllLines(build.file("target/factory/twins/the-ledger.jsonl"));
        assertEquals(1, ledger.size(), ledger.toString());
        assertEquals("/balance", json(ledger.get(0)).get("path").asText());
        assertEquals(200, json(ledger.get(0)).get("status").asInt());

        JsonNode evidence = JSON.readTree(build.file("target/factory/evidence.json").toFile());
        assertEquals("greeter", evidence.at("/twins/0/name").asText());
        assertEquals("MAPPINGS", evidence.at("/twins/0/kind").asText());
        assertEquals(2, evidence.at("/twins/0/requests").asInt());
        assertEquals("/no-such-stub", evidence.at("/twins/0/unmatched/0/path").asText());
        assertEquals("to=XX&kg=9", evidence.at("/twins/0/unmatched/0/query").asText());
        assertEquals("EXECUTABLE", evidence.at("/twins/1/kind").asText());
        assertEquals(1, evidence.at("/twins/1/requests").asInt());
        assertEquals(0, evidence.at("/twins/1/unmatched").size());
        String html = Files.readString(build.file("target/factory/evidence.html"));
        assertTrue(html.contains("<h2>Twins</h2>") && html.contains("<td>2</td><td><code>GET /no-such-stub?to=XX&amp;kg=9"),
                html);
    }

    @Test
    void strength_starts_the_twins_for_pits_test_jvms_with_the_arg_line_and_kills_mutants_through_them()
            throws Exception {
        MavenBuild build = MavenBuild.copyOf("twins-str-product", "strength")
                .property("scenario.sha256", ScenarioJars.install("twins-str-scenarios", "twins-str-scenarios-1.0.0.jar"))
                .property("greeter.sha256", ScenarioJars.install("twins-mappings", "twins-mappings-1.0.0.jar"));

        MavenBuild.Result result = build.run("verify").assertSuccess()
                .assertLine("Scenarios: 1 run, 1 passed, 0 failed")
                .assertLine("[INFO] Strength G-1 (g): its scenarios kill 4 of the 4 mutants they run, strength 1.00");
        assertEquals(2, result.lines().stream().filter(l -> l.equals("[INFO] Starting 1 twin(s) on 127.0.0.1")).count(),
                "once for the scenario JVM, once for PIT's test JVMs:\n" + result.log());
        // the scenario run's journal is the evidence's; the strength run's twins are its own
        assertEquals(1, Files.readAllLines(build.file("target/factory/twins/greeter.jsonl")).size());
        assertTrue(Files.isRegularFile(build.file("target/factory/strength/twins/greeter.out")));
        String marker = build.baseDir().resolve("target/factory").toString();
        assertEquals(List.of(), ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(c -> c.contains(marker)).toList(),
                "twin processes outlived the build");
    }

    @Test
    void a_twin_that_exits_at_once_fails_the_build_naming_it_with_its_last_lines() {
        MavenBuild build = product("exits")
                .property("ledger.artifact", "it.factory:twins-exit:1.0.0")
                .property("ledger.sha256", ScenarioJars.install("twins-exit", "twins-exit-1.0.0.jar"));
        MavenBuild.Result result = build.run("verify").assertFailure()
                .assertLine("The twin the-ledger exited with code 3 before it accepted connections on 127.0.0.1:")
                .assertLine("| broken twin: cannot open ledger.db, giving up")
                .assertLine("<twin> the-ledger exited with code 3: its output ("
                        + build.file("target/factory/twins/the-ledger.out") + ") says why. An executable twin must listen on 127.0.0.1"
                        + " at the port in its environment variable PORT; fix the twin, release it and pin the new"
                        + " version and sha256 in <twin> the-ledger.");
        result.assertNoLine("Scenarios:");
        result.assertNoLine("if it is only slow");
    }

    @Test
    void a_hanging_scenario_is_killed_at_the_timeout_and_no_twin_process_is_left() throws Exception {
        MavenBuild build = product("hang").property("twins.hang", "true").property("factory.scenarios.timeout", "8");

        build.run("verify").assertFailure().assertLine("did not finish within 8 s and was killed");

        // every JVM of this build names a file under its target/factory: WireMock its mappings, each
        // twin its -javaagent, the scenario JVM its argument file (other tests' builds run meanwhile)
        String marker = build.baseDir().resolve("target/factory").toString();
        List<String> left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(c -> c.contains(marker)).toList();
        assertEquals(List.of(), left, "twin processes outlived the build");
    }

    @Test
    void every_twin_stops_itself_when_maven_is_killed_however_it_died() throws Exception {
        MavenBuild build = product("killed").property("twins.hang", "true").property("factory.scenarios.timeout", "900");
        Process maven = build.start("started-build.log", "verify");
        List<ProcessHandle> children = awaitScenarios(maven, build);
        assertTrue(children.size() >= 4, "two WireMock JVMs, the ledger twin and the scenario JVM: " + children.size());

        maven.destroyForcibly();                         // SIGKILL: Maven's shutdown hooks never run
        assertTrue(maven.waitFor(30, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<String> alive = children.stream().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(Long.toString(p.pid()))).toList();
        children.forEach(ProcessHandle::destroyForcibly);   // never leave one behind, even when failing
        assertEquals(List.of(), alive, "processes of the killed build still alive 10 s later");
        assertTrue(Files.readString(build.file("target/factory/twins/greeter.out")).contains("the process that started"
                + " this JVM is gone"));
    }

    /** Every process under Maven once the scenario JVM has started a scenario, so the twins serve. */
    private static List<ProcessHandle> awaitScenarios(Process maven, MavenBuild build) throws Exception {
        Path results = build.file("target/factory/scenario-results.jsonl");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!maven.isAlive()) {
                fail("Maven ended before the scenarios started:\n" + Files.readString(build.file("started-build.log")));
            }
            if (Files.exists(results) && Files.readString(results).contains("\"started\"")) {
                return maven.descendants().toList();
            }
            Thread.sleep(200);
        }
        maven.destroyForcibly();
        throw new AssertionError("no scenario started:\n" + Files.readString(build.file("started-build.log")));
    }

    @Test
    void an_invalid_twin_name_is_named_with_the_rule() {
        product("bad-name").property("greeter.name", "Greeter").run("verify").assertFailure()
                .assertLine("The twin name 'Greeter' is not lower-case letters, digits and '-' starting with a letter")
                .assertLine("Name each <twin> with lower-case letters, digits and '-', starting with a letter");
    }

    @Test
    void two_twins_of_one_name_are_refused() {
        product("duplicate").property("ledger.name", "greeter").run("verify").assertFailure()
                .assertLine("Two twins are named 'greeter'")
                .assertLine("Give each <twin> under <scenarios><twins> a <name> of its own.");
    }

    @Test
    void a_missing_twin_artifact_is_named_with_where_it_was_searched() {
        product("missing").property("greeter.artifact", "it.factory:no-such-twin:1.0.0").run("verify").assertFailure()
                .assertLine("Could not resolve the twin greeter it.factory:no-such-twin:1.0.0 (<twin><artifact>)")
                .assertLine("install / deploy the twin project first");
        // offline, the resolver names a repository it may not read: the message says what offline Maven reads
        product("missing-offline").property("greeter.artifact", "it.factory:no-such-twin:1.0.0").run("-o", "verify")
                .assertFailure()
                .assertLine("Could not resolve the twin greeter it.factory:no-such-twin:1.0.0 (<twin><artifact>) offline:"
                        + " offline (-o), Maven reads no remote repository, not even a file:// one, unless"
                        + " -Daether.offline.protocols=file is set (put it in the project's .mvn/maven.config to keep it):"
                        + " set it, or build once without -o. The resolver said: ");
    }

    @Test
    void a_twin_whose_jar_is_not_the_pinned_one_fails_with_both_digests() {
        product("mismatch").property("greeter.sha256", "0".repeat(64)).run("verify").assertFailure()
                .assertLine("The twin greeter (it.factory:twins-mappings:1.0.0) does not match its pin")
                .assertLine("expected sha256: " + "0".repeat(64))
                .assertLine("update the <sha256> of <twin> greeter with the actual digest");
    }

    @Test
    void an_unpinned_twin_fails_with_its_digest_and_runs_with_a_warning_when_unpinned_jars_are_allowed() {
        String sha = ScenarioJars.install("twins-exec", "twins-exec-1.0.0.jar");
        product("unpinned").property("ledger.sha256", "").run("verify").assertFailure()
                .assertLine("The twin the-ledger (it.factory:twins-exec:1.0.0) is not pinned; its sha256 is " + sha)
                .assertLine("Pin it with <sha256>" + sha + "</sha256> in <twin> the-ledger");
        product("unpinned-allowed").property("ledger.sha256", "").property("factory.allowUnpinned", "true")
                .run("verify").assertSuccess()
                .assertLine("The twin the-ledger (it.factory:twins-exec:1.0.0) is not pinned, so any jar");
    }

    @Test
    void a_mappings_twin_with_invalid_json_names_the_file() {
        product("bad-json").property("greeter.artifact", "it.factory:twins-bad-json:1.0.0")
                .property("greeter.sha256", ScenarioJars.install("twins-bad-json", "twins-bad-json-1.0.0.jar"))
                .run("verify").assertFailure()
                .assertLine("The mapping mappings/broken.json of the twin greeter (")
                .assertLine("is not valid JSON")
                .assertLine("Fix that file in the twin's project, release it");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
