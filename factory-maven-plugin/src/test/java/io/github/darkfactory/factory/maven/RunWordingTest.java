package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.ModelPolicy;
import io.github.darkfactory.factory.run.Round;
import io.github.darkfactory.factory.run.RoundFigures;
import io.github.darkfactory.factory.scenarios.RequirementEvidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunWordingTest {

    private static final RequirementEvidence PRC_2 = new RequirementEvidence("PRC-2", "pricing", "WHEN ten THEN 10%",
            RequirementEvidence.Status.FAILED, List.of());

    private static Round round(int number, Round.Outcome outcome, List<RequirementEvidence> failed, List<String> specs) {
        return new Round(number, 3, outcome, failed, List.of(), specs, List.of(), new RoundFigures(1, 2, 3, 4), 5);
    }

    @Test
    void a_round_that_feeds_back_names_the_failed_ids_and_the_specs_it_regenerates() {
        assertEquals("[factory:run] round 2 of 3: 1 requirement failed (PRC-2) - regenerating pricing",
                RunWording.progress(round(2, Round.Outcome.FEEDING_BACK, List.of(PRC_2), List.of("pricing"))));
        assertEquals("[factory:run] round 3 of 3: 1 requirement failed (PRC-2) - no rounds left",
                RunWording.progress(round(3, Round.Outcome.NO_ROUNDS_LEFT, List.of(PRC_2), List.of())));
        assertEquals("[factory:run] round 1 of 3: verify passed",
                RunWording.progress(round(1, Round.Outcome.PASSED, List.of(), List.of())));
    }

    @Test
    void a_refused_model_is_worded_as_generate_words_it_and_says_what_to_change() {
        String text = RunWording.refused(ModelPolicy.refusal(true, true, true, false, null).orElseThrow());

        assertEquals("factory:run generates in every round and no model may be called here: factory.frozen is true;"
                + " Maven runs offline (-o); no <model> is configured for the factory-maven-plugin\nNo round was run."
                + " To run it: drop -Dfactory.frozen=true; run without -o; configure a <model> in the plugin's"
                + " <configuration> (docs/providers.md), then run `mvn factory:run` again.", text);
    }
}
