package io.github.darkfactory.factory.generate;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static io.github.darkfactory.factory.generate.ModelRefusal.Reason.BOUND_TO_LIFECYCLE;
import static io.github.darkfactory.factory.generate.ModelRefusal.Reason.FROZEN;
import static io.github.darkfactory.factory.generate.ModelRefusal.Reason.MISSING_KEY;
import static io.github.darkfactory.factory.generate.ModelRefusal.Reason.NO_MODEL;
import static io.github.darkfactory.factory.generate.ModelRefusal.Reason.OFFLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelPolicyTest {

    private static Set<ModelRefusal.Reason> reasons(Optional<ModelRefusal> refusal) {
        return refusal.orElseThrow().reasons();
    }

    @Test
    void a_command_line_run_with_a_model_and_key_online_may_call_the_model() {
        assertEquals(Optional.empty(), ModelPolicy.refusal(true, null, false, true, null));
        assertEquals(Optional.empty(), ModelPolicy.refusal(true, false, false, true, null));
    }

    @Test
    void a_lifecycle_bound_execution_is_frozen_unless_frozen_is_false() {
        assertEquals(Set.of(BOUND_TO_LIFECYCLE), reasons(ModelPolicy.refusal(false, null, false, true, null)));
        assertEquals(Optional.empty(), ModelPolicy.refusal(false, false, false, true, null));
    }

    @Test
    void frozen_true_refuses_even_on_the_command_line() {
        assertEquals(Set.of(FROZEN), reasons(ModelPolicy.refusal(true, true, false, true, null)));
    }

    @Test
    void offline_no_model_and_a_missing_key_are_each_named() {
        assertEquals(Set.of(OFFLINE), reasons(ModelPolicy.refusal(true, null, true, true, null)));
        assertEquals(Set.of(NO_MODEL), reasons(ModelPolicy.refusal(true, null, false, false, null)));
        ModelRefusal.MissingKey key = new ModelRefusal.MissingKey("OPENAI_API_KEY", null);
        ModelRefusal refusal = ModelPolicy.refusal(true, null, false, true, key).orElseThrow();
        assertEquals(Set.of(MISSING_KEY), refusal.reasons());
        assertEquals(key, refusal.missingKey());
        assertTrue(refusal.onlyTheKeyIsMissing());
    }

    @Test
    void every_reason_that_applies_is_kept_in_order() {
        ModelRefusal refusal = ModelPolicy.refusal(false, null, true, false, null).orElseThrow();
        assertEquals("[BOUND_TO_LIFECYCLE, OFFLINE, NO_MODEL]", refusal.reasons().toString());
    }
}
