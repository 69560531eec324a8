package io.github.darkfactory.factory.generate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelPolicyTest {

    @Test
    void a_command_line_run_with_a_model_and_key_online_may_call_the_model() {
        assertNull(ModelPolicy.refusal(true, null, false, true, null));
        assertNull(ModelPolicy.refusal(true, false, false, true, null));
    }

    @Test
    void a_lifecycle_bound_execution_is_frozen_unless_frozen_is_false() {
        assertTrue(ModelPolicy.refusal(false, null, false, true, null).contains("bound to the build lifecycle"));
        assertNull(ModelPolicy.refusal(false, false, false, true, null));
    }

    @Test
    void frozen_true_refuses_even_on_the_command_line() {
        assertTrue(ModelPolicy.refusal(true, true, false, true, null).contains("factory.frozen is true"));
    }

    @Test
    void offline_no_model_and_a_missing_key_are_each_named() {
        assertTrue(ModelPolicy.refusal(true, null, true, true, null).contains("offline"));
        assertTrue(ModelPolicy.refusal(true, null, false, false, null).contains("no <model>"));
        assertTrue(ModelPolicy.refusal(true, null, false, true, "environment variable OPENAI_API_KEY is not set")
                .contains("OPENAI_API_KEY"));
    }
}
