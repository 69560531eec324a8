package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.architecture.RuleSetException;
import io.github.darkfactory.factory.generate.GenerateFailedException;
import io.github.darkfactory.factory.generate.ModelRefusal;
import io.github.darkfactory.factory.generate.SpecOutcome;
import io.github.darkfactory.factory.generate.model.ModelCallException;
import io.github.darkfactory.factory.generate.model.ModelCallException.Kind;
import io.github.darkfactory.factory.generate.plan.StaleSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateFailureWordingTest {

    private static final Path LOCK = Path.of("factory.lock.json");
    private static final Path TRANSCRIPTS = Path.of("target/factory/transcripts");

    private static ModelCallException failure(Kind kind, int status) {
        return new ModelCallException(kind, status, "openai model m at 127.0.0.1:9", 4, "ConnectException: refused",
                "environment variable OPENAI_API_KEY", Duration.ofMinutes(5), false);
    }

    private static String render(GenerateFailedException e) {
        return GenerateFailureWording.render(e);
    }

    @Test
    void a_refusal_names_every_reason_and_the_command_to_run_where_a_model_is_configured() {
        ModelRefusal refusal = new ModelRefusal(Set.of(ModelRefusal.Reason.BOUND_TO_LIFECYCLE), null);
        String text = render(GenerateFailedException.modelRefused(
                List.of(new StaleSpec("pricing", StaleSpec.Reason.REGENERATION_ASKED)), refusal, LOCK));

        assertEquals("""
                1 spec(s) are stale and no model may be called here: this execution is bound to the build lifecycle,\
                 which never calls a model (run `mvn factory:generate`, or pass -Dfactory.frozen=false)
                  - pricing: factory.regenerate asks for it
                Run `mvn factory:generate` (or `mvn factory:generate -Dfactory.regenerate=pricing`) where a model is\
                 configured, then commit factory.lock.json and the generated files.""", text);
    }

    @Test
    void feedback_where_no_model_may_be_called_names_the_file_the_reason_and_where_feedback_belongs() {
        ModelRefusal refusal = new ModelRefusal(Set.of(ModelRefusal.Reason.BOUND_TO_LIFECYCLE), null);

        String text = render(GenerateFailedException.feedbackWithoutModel(Path.of("target/factory/feedback.json"), refusal));

        assertEquals("""
                Holdout feedback (-Dfactory.feedback=target/factory/feedback.json) is only for a run that may call a\
                 model, and none may be called here: this execution is bound to the build lifecycle, which never calls\
                 a model (run `mvn factory:generate`, or pass -Dfactory.frozen=false)
                Pass -Dfactory.feedback to `mvn factory:generate` where a model may be called, as `mvn factory:run`\
                 does between its rounds; a build that may call no model regenerates nothing, so it has no use for\
                 feedback.""", text);
    }

    @Test
    void a_spent_holdout_budget_says_the_scenarios_need_refreshing() {
        String text = render(GenerateFailedException.holdoutBudgetSpent(List.of("pricing"),
                List.of("pricing: 10 round(s) of feedback consumed by its current code; at most 10"),
                Path.of("target/factory/feedback.json")));

        assertEquals("""
                The holdout has been asked too often for spec(s) [pricing]: no more feedback from\
                 target/factory/feedback.json is given to them; nothing was generated
                  - pricing: 10 round(s) of feedback consumed by its current code; at most 10
                Refresh the scenarios before feeding back more: add or change sealed scenarios for these requirements\
                 (a new scenario jar and its <sha256>), since a hidden scenario whose verdict was fed back this often\
                 has stopped being hidden. A changed spec starts counting again; -Dfactory.maxHoldoutRounds=<n> raises\
                 the limit.""", text);
    }

    @Test
    void a_missing_key_alone_ends_with_the_variable_to_set() {
        ModelRefusal refusal = new ModelRefusal(Set.of(ModelRefusal.Reason.MISSING_KEY),
                new ModelRefusal.MissingKey("OPENAI_API_KEY", null));
        String text = render(GenerateFailedException.modelRefused(
                List.of(new StaleSpec("pricing", StaleSpec.Reason.NEVER_GENERATED)), refusal, LOCK));

        assertTrue(text.contains("the model's key is missing: environment variable OPENAI_API_KEY is not set"), text);
        assertTrue(text.endsWith("\nSet the variable <apiKeyEnv> names to the model's key, then run again:"
                + " export OPENAI_API_KEY=<your key>"), text);
    }

    @Test
    void a_missing_server_alone_ends_with_the_server_id_to_add() {
        ModelRefusal refusal = new ModelRefusal(Set.of(ModelRefusal.Reason.MISSING_KEY),
                new ModelRefusal.MissingKey(null, "llm"));
        String text = render(GenerateFailedException.modelRefused(
                List.of(new StaleSpec("pricing", StaleSpec.Reason.NEVER_GENERATED)), refusal, LOCK));

        assertTrue(text.endsWith("Add a <server> with <id>llm</id> whose <password> is the model's key to"
                + " ~/.m2/settings.xml (or fix its encrypted password), then run again."), text);
    }

    @Test
    void specs_that_failed_only_on_an_unreachable_model_get_advice_about_the_connection_only() {
        String text = render(GenerateFailedException.notConverged(List.of(
                new SpecOutcome.Failed("catalog", failure(Kind.NETWORK, 0)),
                new SpecOutcome.NotAttempted("pricing", List.of("catalog"))), 0, TRANSCRIPTS));

        assertTrue(text.contains("  - catalog: the model could not answer (NETWORK): Could not reach openai model m at"
                + " 127.0.0.1:9 after 4 attempts (ConnectException: refused): check the baseUrl, the network and the"
                + " proxy in settings.xml."), text);
        assertTrue(text.endsWith("\nThe model could not be reached: check <baseUrl> in <model>, the network, and the"
                + " active <proxy> in settings.xml, then run again."), text);
        assertFalse(text.contains("maxIterations"), text);
    }

    @Test
    void specs_that_failed_on_a_rejected_key_get_advice_naming_the_variable_but_never_the_key() {
        String text = render(GenerateFailedException.notConverged(List.of(
                new SpecOutcome.Failed("catalog", failure(Kind.AUTHENTICATION, 401))), 0, TRANSCRIPTS));

        assertTrue(text.endsWith("\nThe model rejected the key from environment variable OPENAI_API_KEY: set a valid"
                + " key there (or renew it), then run again."), text);
    }

    @Test
    void a_spec_that_did_not_converge_keeps_the_advice_about_the_spec_and_max_iterations() {
        String text = render(GenerateFailedException.notConverged(List.of(
                new SpecOutcome.Failed("catalog", failure(Kind.NETWORK, 0)),
                new SpecOutcome.Failed("pricing", new IllegalStateException("boom"))), 1, TRANSCRIPTS));

        assertTrue(text.startsWith("2 spec(s) were not generated: [catalog, pricing] (their previous files and lock"
                + " entries are unchanged; 1 other spec(s) were written)"), text);
        assertTrue(text.endsWith("or allow more attempts with -Dfactory.maxIterations=<n>."), text);
    }

    @Test
    void a_hand_edit_names_the_command_that_regenerates_its_specs() {
        String text = render(GenerateFailedException.handEdits(List.of("pricing"),
                List.of("src/factory/java/P.java (spec pricing) differs from the lock")));

        assertTrue(text.startsWith("Generated files were changed by hand\n  - src/factory/java/P.java"), text);
        assertTrue(text.endsWith("mvn factory:generate -Dfactory.regenerate=pricing"), text);
    }

    @Test
    void a_team_rule_that_throws_in_the_loop_names_the_rule_its_class_and_the_cause_and_says_to_fix_the_rule() {
        IllegalArgumentException cause = new IllegalArgumentException("no owner for PoliteGreeter");
        cause.setStackTrace(new StackTraceElement[] {new StackTraceElement("com.acme.rules.OwnerRules$1", "check", "OwnerRules.java", 22)});
        String text = render(GenerateFailedException.notConverged(List.of(new SpecOutcome.Failed("greeting",
                RuleSetException.ruleFailed("com.acme.rules.OwnerRules", "acme-owned", cause))), 0, TRANSCRIPTS));

        assertEquals("""
                1 spec(s) were not generated: [greeting] (their previous files and lock entries are unchanged; 0 other\
                 spec(s) were written)
                  - greeting: Rule 'acme-owned' of rule set com.acme.rules.OwnerRules failed while checking the classes:\
                 java.lang.IllegalArgumentException: no owner for PoliteGreeter (at com.acme.rules.OwnerRules$1.check(OwnerRules.java:22))
                Fix the rule in com.acme.rules.OwnerRules (a condition reports violations, it does not throw), or remove\
                 the rule set from <ruleSets> until it is fixed (docs/rules/team-rules.md).""", text);
    }
}
