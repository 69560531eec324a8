package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import io.github.darkfactory.factory.twin.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code factory:run} in real Maven builds (docs/goals/run.md): rounds of {@code factory:generate
 * verify}, each a Maven of its own, the model played by an OpenAI twin, judged by a sealed scenario
 * jar whose names, messages and code hold canaries no prompt may contain.
 */
class RunBuildsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPL = "it/run/greeting/impl/PoliteGreeter.java";
    private static final List<String> CANARIES = List.of("RUN-CANARY-NAME-7f3a", "RUN-CANARY-NAME-c0de",
            "RUN-CANARY-MESSAGE-91c2", "RUN-CANARY-MESSAGE-5a17", "RUN-CANARY-CODE-4b8e", "CanaryGreetingScenarios",
            "run-scenarios", "refuses_a_blank_name");
    private static final String KEY = "sk-test-run";

    private ProviderTwin twin;
    private String sha;

    @AfterEach
    void stopTwin() {
        if (twin != null) {
            twin.stop();
        }
    }

    /** An answer in the protocol; {@code blankCheck} decides whether GRT-2 holds. */
    private static String answer(boolean blankCheck) {
        return """
                ### %s
                ```java
                package it.run.greeting.impl;

                import it.run.greeting.Greeter;

                public class PoliteGreeter implements Greeter {
                    @Override
                    public String greet(String name) {
                        %s
                        return "Hello, " + name + "!";
                    }
                }
                ```
                """.formatted(IMPL, blankCheck ? "if (name.isBlank()) { throw new IllegalArgumentException(\"blank\"); }" : "");
    }

    private static final String GOOD = answer(true);
    private static final String BREAKS_GRT_2 = answer(false);

    private MavenBuild greeter(String copyName) {
        sha = ScenarioJars.install("run-scenarios", "run-scenarios-1.0.0.jar");
        twin = ProviderTwin.start("openai");
        return again(MavenBuild.copyOf("run-greeter", copyName));
    }

    /** The next build of the same copy, with the same twin, key and pin. */
    private MavenBuild again(MavenBuild build) {
        return MavenBuild.in(build.baseDir()).property("twin.url", twin.baseUrl()).property("scenario.sha256", sha)
                .environment("OPENAI_API_KEY", KEY).timeoutSeconds(900);
    }

    @Test
    void ctrl_c_during_a_round_stops_the_rounds_build_and_loses_nothing() throws Exception {
        MavenBuild build = greeter("interrupted");
        CountDownLatch asked = new CountDownLatch(1);
        twin.otherwise(request -> {
            asked.countDown();
            return Reply.text(GOOD).after(Duration.ofMinutes(5));   // the round waits for the model
        });
        Process maven = build.start("interrupted.log", "factory:run");
        assertTrue(asked.await(4, TimeUnit.MINUTES), () -> "round 1 never asked the model:\n" + log(build));
        List<ProcessHandle> round = maven.descendants().toList();
        assertFalse(round.isEmpty(), "the round runs in a Maven of its own");

        maven.destroy();                                  // SIGTERM, what Ctrl-C's shutdown path does
        assertTrue(maven.waitFor(60, TimeUnit.SECONDS), "the calling Maven stopped");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (round.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<String> alive = round.stream().filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
        round.forEach(ProcessHandle::destroyForcibly);
        assertEquals(List.of(), alive, "the round's build outlived the interrupted run");
        assertFalse(Files.exists(build.file("factory.lock.json")), "nothing was half written: no lock");
        assertFalse(Files.exists(build.file("src/factory/java/" + IMPL)), "nor the generated file");

        twin.otherwise(request -> Reply.text(GOOD));
        again(build).run("factory:run").assertSuccess().assertLine("[factory:run] round 1 of 3: verify passed");
    }

    private static String log(MavenBuild build) {
        try {
            return Files.readString(build.file("interrupted.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void a_run_without_a_model_refuses_before_the_first_round() {
        MavenBuild.copyOf("spec-valid", "run-no-model").run("factory:run").assertFailure()
                .assertLine("factory:run generates in every round and no model may be called here: no <model> is"
                        + " configured for the factory-maven-plugin")
                .assertLine("No round was run. To run it: configure a <model> in the plugin's <configuration>")
                .assertNoLine("[factory:run] round");
    }

    @Test
    void a_run_refuses_offline_and_frozen_and_validates_its_rounds_first() {
        MavenBuild build = greeter("refusals");
        build.run("-o", "factory:run").assertFailure()
                .assertLine("no model may be called here: Maven runs offline (-o)")
                .assertLine("To run it: run without -o, then run `mvn factory:run` again.")
                .assertNoLine("[factory:run] round");
        again(build).property("factory.frozen", "true").run("factory:run").assertFailure()
                .assertLine("no model may be called here: factory.frozen is true")
                .assertLine("To run it: drop -Dfactory.frozen=true, then run `mvn factory:run` again.");
        again(build).property("factory.rounds", "0").run("factory:run").assertFailure()
                .assertLine("rounds (factory.rounds) is 0; it must be at least 1 (default 3).");
        assertEquals(0, twin.requests().size());
        assertFalse(Files.exists(build.file("target/factory/run")), "no round ran");
    }

    @Test
    void a_round_failing_on_hand_written_code_stops_the_run_showing_the_compile_error() throws IOException {
        MavenBuild build = greeter("compile-error");
        twin.otherwise(request -> Reply.text(GOOD));
        Path broken = build.file("src/main/java/it/run/hand/Broken.java");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "package it.run.hand;\n\npublic class Broken { int x = ; }\n");

        build.run("factory:run").assertFailure()
                .assertLine("[factory:run] round 1 of 3: the build failed for a reason other than the scenarios - stopping")
                .assertLine("Round 1 failed for a reason other than the scenarios, so another round cannot help:")
                .assertLine("[ERROR]", "Broken.java:[3,31]")
                .assertNoLine("[ERROR]   [ERROR]")
                .assertLine("round's whole output is in", "round-1.log")
                .assertNoLine("[factory:run] round 2");
        assertTrue(Files.readString(build.file("target/factory/run/round-1.log")).contains("BUILD FAILURE"));
    }

    @Test
    void requirements_without_scenarios_stop_the_run_asking_for_scenarios_not_code() throws IOException {
        MavenBuild build = greeter("missing");
        twin.otherwise(request -> Reply.text(GOOD));
        Path spec = build.file("src/main/specs/greeting.md");
        Files.writeString(spec, Files.readString(spec)
                + "- GRT-3: WHEN greet is called with null THEN it SHALL throw NullPointerException.\n");

        build.run("factory:run").assertFailure()
                .assertLine("[factory:run] round 1 of 3: 1 requirement without evidence (GRT-3) - stopping")
                .assertLine("1 requirement without behavioural evidence in round 1; new code cannot fix that, so"
                        + " nothing was fed back:")
                .assertLine("- GRT-3 (greeting): WHEN greet is called with null THEN it SHALL throw NullPointerException.")
                .assertLine("They need scenarios, not code")
                .assertNoLine("[factory:run] round 2");
        assertFalse(Files.exists(build.file("target/factory/feedback.json")));
    }

    @Test
    void a_failed_requirement_is_fed_back_by_id_only_and_the_next_round_passes() throws IOException {
        MavenBuild build = greeter("feedback");
        twin.reply(Reply.text(BREAKS_GRT_2).withUsage(300, 40)).otherwise(request -> Reply.text(GOOD).withUsage(500, 60));

        build.run("factory:run").assertSuccess()
                .assertLine("[factory:run] round 1 of 3: 1 requirement failed (GRT-2) - regenerating greeting")
                .assertLine("[factory:run] round 2 of 3: verify passed")
                .assertLine("[factory:run] 2 round(s) of 3; 2 model call(s), tokens in 800, out 100");

        assertEquals(2, twin.requests().size());
        String second = twin.requests().get(1).user();
        assertTrue(second.contains("GRT-2") && second.contains("WHEN greet is called with a blank name THEN it SHALL"
                + " throw IllegalArgumentException.") && second.toLowerCase().contains("hidden acceptance scenario"), second);
        assertNoCanary(build);
        assertEquals(1, JSON.readTree(build.file("factory.lock.json").toFile()).at("/specs/greeting/holdoutRounds").asInt());
        assertTrue(Files.readString(build.file("src/factory/java/" + IMPL)).contains("isBlank"), "the last round's code is written");
        assertTrue(Files.readString(build.file("target/factory/run/round-2.log")).contains("holdout feedback: [GRT-2]"),
                "round 2 was given the failed id");
        assertFalse(Files.exists(build.file("target/factory/feedback.json")), "a run leaves no feedback behind");
    }

    @Test
    void requirements_still_failing_when_the_rounds_are_used_up_fail_the_run_naming_them() {
        MavenBuild build = greeter("exhausted").property("factory.rounds", "2");
        twin.otherwise(request -> Reply.text(BREAKS_GRT_2));

        build.run("factory:run").assertFailure()
                .assertLine("[factory:run] round 1 of 2: 1 requirement failed (GRT-2) - regenerating greeting")
                .assertLine("[factory:run] round 2 of 2: 1 requirement failed (GRT-2) - no rounds left")
                .assertLine("1 requirement still failing after 2 round(s):")
                .assertLine("- GRT-2 (greeting): WHEN greet is called with a blank name THEN it SHALL throw"
                        + " IllegalArgumentException.")
                .assertLine("The code of the last round stays written and locked");
        assertNoCanary(build);
        assertTrue(Files.exists(build.file("src/factory/java/" + IMPL)));
    }

    @Test
    void a_spec_past_its_holdout_budget_gets_no_feedback_and_the_run_asks_for_fresh_scenarios() throws IOException {
        MavenBuild build = greeter("budget");
        twin.otherwise(request -> Reply.text(BREAKS_GRT_2));
        build.run("factory:generate").assertSuccess();
        Path lock = build.file("factory.lock.json");
        ObjectNode root = (ObjectNode) JSON.readTree(lock.toFile());
        ((ObjectNode) root.at("/specs/greeting")).put("holdoutRounds", 3);
        Files.writeString(lock, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));

        again(build).property("factory.maxHoldoutRounds", "3").run("factory:run").assertFailure()
                .assertLine("[factory:run] round 1 of 3: 1 requirement failed (GRT-2) - not fed back: greeting used up"
                        + " the holdout budget")
                .assertLine("Spec(s) [greeting] already consumed 3 round(s) of holdout feedback, the most allowed")
                .assertLine("A holdout asked this often has stopped being one: refresh the scenarios")
                .assertNoLine("[factory:run] round 2");
        assertEquals(1, twin.requests().size(), "the run called no model");
        assertFalse(Files.exists(build.file("target/factory/feedback.json")));
    }

    /** No canary of the scenario jar in any prompt the twin received or any transcript written. */
    private void assertNoCanary(MavenBuild build) {
        for (Request request : twin.requests()) {
            CANARIES.forEach(canary -> assertFalse(request.body().contains(canary), canary + " reached the model"));
        }
        try (Stream<Path> files = Files.walk(build.file("target/factory/transcripts"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                CANARIES.forEach(canary -> assertFalse(text.contains(canary), canary + " is in " + file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
