package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code factory:generate -Dfactory.feedback=<file>} in real Maven builds (docs/generation-loop.md, "Holdout
 * feedback"): the spec owning a failed requirement id is regenerated with the id, its text and one fixed
 * sentence in the prompt; an unusable file or a spent budget fails before any model request.
 */
class HoldoutFeedbackBuildsTest {

    private static final String IMPL = "src/factory/java/it/gtw/greeting/impl/PoliteGreeter.java";
    private static final String SENTENCE = "A hidden acceptance scenario for GRT-1 failed against the previous"
            + " implementation shown below; change the implementation so that the requirement holds.";
    private static final String KEY = "sk-test-holdout";

    private ProviderTwin twin;

    @AfterEach
    void stopTwin() {
        if (twin != null) {
            twin.stop();
        }
    }

    private static String answer(String greeting) {
        return """
                ### it/gtw/greeting/impl/PoliteGreeter.java
                ```java
                package it.gtw.greeting.impl;

                public class PoliteGreeter implements it.gtw.greeting.Greeter {
                    @Override
                    public String greet(String name) {
                        return "%s, " + name + "!";
                    }
                }
                ```
                """.formatted(greeting);
    }

    /** A copy of the greeter generated once (by the twin), with its lock. */
    private MavenBuild generated(String copyName) {
        twin = ProviderTwin.start("openai");
        twin.reply(Reply.text(answer("Hi")));
        MavenBuild build = MavenBuild.copyOf("gtw-greeter", copyName).property("twin.url", twin.baseUrl())
                .environment("OPENAI_API_KEY", KEY);
        build.run("factory:generate").assertSuccess();
        return build;
    }

    private MavenBuild again(MavenBuild build) {
        return MavenBuild.in(build.baseDir()).property("twin.url", twin.baseUrl()).environment("OPENAI_API_KEY", KEY);
    }

    private static Path feedback(MavenBuild build, String json) throws IOException {
        Path file = build.file("target/factory/feedback.json");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, json);
    }

    private static int holdoutRounds(MavenBuild build) throws IOException {
        return new ObjectMapper().readTree(build.file("factory.lock.json").toFile()).at("/specs/greeting/holdoutRounds").asInt(-1);
    }

    @Test
    void feedback_naming_a_requirement_regenerates_its_spec_with_the_id_its_text_and_the_fixed_sentence() throws Exception {
        MavenBuild build = generated("valid");
        assertEquals(0, holdoutRounds(build));
        Path file = feedback(build, "{\"round\": 2, \"failedRequirements\": [\"GRT-1\"]}");
        twin.reply(Reply.text(answer("Hello")));

        again(build).property("factory.feedback", file.toString()).run("factory:generate").assertSuccess()
                .assertLine("[greeting] stale: a hidden acceptance scenario of its requirement(s) failed (holdout feedback)")
                .assertLine("[greeting] holdout feedback: [GRT-1] (holdout round 1 of at most 10 for this spec)")
                .assertLine("Specs: 0 up to date, 1 generated, 0 failed");

        assertEquals(2, twin.requests().size());
        String prompt = Files.readString(build.file("target/factory/transcripts/greeting/1-prompt.md"));
        assertTrue(prompt.contains("- GRT-1: WHEN greet is called with a name THEN it SHALL return \"Hello, \" followed by"
                + " the name and \"!\".\n  " + SENTENCE), prompt);
        assertTrue(prompt.contains("## The previous implementation") && prompt.contains("return \"Hi, \" + name"), prompt);
        assertTrue(Files.readString(build.file(IMPL)).contains("\"Hello, \""));
        assertEquals(1, holdoutRounds(build));
    }

    @Test
    void a_missing_a_malformed_or_an_unknown_feedback_file_fails_naming_it_and_changes_nothing() throws Exception {
        MavenBuild build = generated("invalid");
        byte[] lock = Files.readAllBytes(build.file("factory.lock.json"));
        byte[] impl = Files.readAllBytes(build.file(IMPL));
        Path missing = build.file("target/factory/none.json");

        again(build).property("factory.feedback", missing.toString()).run("factory:generate").assertFailure()
                .assertLine("The holdout feedback file " + missing + " (-Dfactory.feedback) does not exist")
                .assertLine("Pass the feedback.json a failed verify left in target/factory, or leave -Dfactory.feedback"
                        + " out to generate without feedback. Nothing was generated.");
        Path malformed = feedback(build, "{\"round\": 2, \"failedRequirements\": [\"GRT-1\"], \"message\": \"expected Hello\"}");
        again(build).property("factory.feedback", malformed.toString()).run("factory:generate").assertFailure()
                .assertLine("The holdout feedback file " + malformed + " (-Dfactory.feedback) is malformed: unexpected"
                        + " field(s) [message]; only \"round\" and \"failedRequirements\" may pass")
                .assertLine("It must hold exactly {\"round\": 2, \"failedRequirements\": [\"PRC-2\"]}");
        Path unknown = feedback(build, "{\"round\": 2, \"failedRequirements\": [\"GRT-2\"]}");
        again(build).property("factory.feedback", unknown.toString()).run("factory:generate").assertFailure()
                .assertLine("The holdout feedback file " + unknown + " (-Dfactory.feedback) names requirement id(s) that"
                        + " no spec has: GRT-2")
                .assertLine("- GRT-2: did you mean GRT-1?");

        assertEquals(1, twin.requests().size(), "no model request after the first generate");
        assertArrayEquals(lock, Files.readAllBytes(build.file("factory.lock.json")));
        assertArrayEquals(impl, Files.readAllBytes(build.file(IMPL)));
    }

    @Test
    void a_spec_at_the_holdout_budget_is_refused_before_any_model_request() throws Exception {
        MavenBuild build = generated("budget");
        Path lockFile = build.file("factory.lock.json");
        Files.writeString(lockFile, Files.readString(lockFile).replace("\"holdoutRounds\": 0", "\"holdoutRounds\": 3"));
        byte[] lock = Files.readAllBytes(lockFile);
        Path file = feedback(build, "{\"round\": 4, \"failedRequirements\": [\"GRT-1\"]}");
        int requests = twin.requests().size();

        again(build).property("factory.feedback", file.toString()).property("factory.maxHoldoutRounds", "3")
                .run("factory:generate").assertFailure()
                .assertLine("The holdout has been asked too often for spec(s) [greeting]: no more feedback from " + file
                        + " is given to them; nothing was generated")
                .assertLine("greeting: 3 round(s) of feedback consumed by its current code; at most 3")
                .assertLine("Refresh the scenarios before feeding back more");

        assertEquals(requests, twin.requests().size(), "refused before any model request");
        assertArrayEquals(lock, Files.readAllBytes(lockFile));
    }

    @Test
    void feedback_to_a_lifecycle_bound_generate_is_refused_as_it_may_call_no_model() throws Exception {
        MavenBuild build = generated("bound");
        Path file = feedback(build, "{\"round\": 2, \"failedRequirements\": [\"GRT-1\"]}");

        again(build).property("factory.feedback", file.toString()).run("verify").assertFailure()
                .assertLine("Holdout feedback (-Dfactory.feedback=" + file + ") is only for a run that may call a model,"
                        + " and none may be called here: this execution is bound to the build lifecycle")
                .assertLine("Pass -Dfactory.feedback to `mvn factory:generate` where a model may be called, as `mvn factory:run` does");

        assertEquals(1, twin.requests().size());
    }
}
