package io.github.darkfactory.factory.run;

import io.github.darkfactory.factory.scenarios.RequirementEvidence;

import java.util.List;

/**
 * One round as it ended and what the run does next (docs/goals/run.md); the adapter words it as the
 * round's progress line.
 *
 * @param number      the round, from 1
 * @param of          the rounds allowed
 * @param outcome     how the round ended, and what follows
 * @param failed      requirements whose covering scenarios failed, in the evidence's order
 * @param missing     requirements with too few passing scenarios
 * @param specs       for {@link Outcome#FEEDING_BACK} the specs regenerated next; for {@link
 *                    Outcome#HOLDOUT_BUDGET_SPENT} the specs past their budget; else empty
 * @param errorLines  for {@link Outcome#BUILD_FAILED}, the build's error lines
 * @param figures     what the round's generate spent
 * @param millis      the round's wall time
 */
public record Round(int number, int of, Outcome outcome, List<RequirementEvidence> failed,
                    List<RequirementEvidence> missing, List<String> specs, List<String> errorLines,
                    RoundFigures figures, long millis) {

    public enum Outcome {
        /** The round's build passed: the run is done. */
        PASSED,
        /** Requirements failed; the next round regenerates the specs owning them, told only their ids. */
        FEEDING_BACK,
        /** Requirements failed in the last round allowed. */
        NO_ROUNDS_LEFT,
        /** Requirements failed, but a spec owning one consumed its holdout budget: no more feedback. */
        HOLDOUT_BUDGET_SPENT,
        /** Requirements have too few scenarios: new code cannot help, new scenarios can. */
        MISSING_EVIDENCE,
        /** The build failed without evidence of failed requirements (a compile error, a bad spec, ...). */
        BUILD_FAILED
    }

    public Round {
        failed = List.copyOf(failed);
        missing = List.copyOf(missing);
        specs = List.copyOf(specs);
        errorLines = List.copyOf(errorLines);
    }

    public List<String> failedIds() {
        return failed.stream().map(RequirementEvidence::id).toList();
    }

    public List<String> missingIds() {
        return missing.stream().map(RequirementEvidence::id).toList();
    }
}
