package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.ModelRefusal;
import io.github.darkfactory.factory.run.Round;
import io.github.darkfactory.factory.run.RoundFigures;
import io.github.darkfactory.factory.run.RunFailedException;
import io.github.darkfactory.factory.run.RunResult;
import io.github.darkfactory.factory.scenarios.RequirementEvidence;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** factory:run's lines and failures in command-line terms, each failure ending with what to do (docs/goals/run.md). */
final class RunWording {

    private static final String PREFIX = "[factory:" + PropertyNames.GOAL_RUN + "] ";
    private static final String RUN = "mvn factory:" + PropertyNames.GOAL_RUN;

    private RunWording() {
    }

    /** The one line of a round, e.g. {@code round 2 of 3: 1 requirement failed (PRC-2) - regenerating pricing}. */
    static String progress(Round round) {
        String head = PREFIX + "round " + round.number() + " of " + round.of() + ": ";
        return head + switch (round.outcome()) {
            case PASSED -> "verify passed";
            case FEEDING_BACK -> failed(round) + " - regenerating " + String.join(", ", round.specs());
            case NO_ROUNDS_LEFT -> failed(round) + " - no rounds left";
            case HOLDOUT_BUDGET_SPENT -> failed(round) + " - not fed back: " + String.join(", ", round.specs())
                    + " used up the holdout budget";
            case MISSING_EVIDENCE -> count(round.missing().size()) + " without evidence ("
                    + String.join(", ", round.missingIds()) + ") - stopping";
            case BUILD_FAILED -> "the build failed for a reason other than the scenarios - stopping";
        };
    }

    /** The run's last line: rounds, model calls and tokens of all rounds. */
    static String summary(RunResult result, Path logs) {
        RoundFigures all = result.figures();
        return PREFIX + result.rounds().size() + " round(s) of " + result.last().of() + "; " + all.calls()
                + " model call(s), tokens in " + all.inputTokens() + ", out " + all.outputTokens()
                + "; round logs in " + logs;
    }

    static String refused(ModelRefusal refusal) {
        String fixes = refusal.reasons().stream().map(reason -> switch (reason) {
            case FROZEN -> "drop -D" + PropertyNames.FROZEN + "=true";
            case BOUND_TO_LIFECYCLE -> "run it from the command line";
            case OFFLINE -> "run without -o";
            case NO_MODEL -> "configure a <model> in the plugin's <configuration> (docs/providers.md)";
            case MISSING_KEY -> refusal.missingKey() != null && refusal.missingKey().environmentVariable() != null
                    ? "export " + refusal.missingKey().environmentVariable() + "=<your key>"
                    : "give the model its key (<apiKeyEnv>, or a settings.xml <server> named by <serverId>)";
        }).collect(Collectors.joining("; "));
        return "factory:" + PropertyNames.GOAL_RUN + " generates in every round and no model may be called here: "
                + GenerateFailureWording.refusal(refusal) + "\nNo round was run. To run it: " + fixes + ", then run `"
                + RUN + "` again.";
    }

    static String failure(RunFailedException e, Path factoryDirectory, int maxHoldoutRounds) {
        Round last = e.last();
        Path roundLog = factoryDirectory.resolve("run").resolve("round-" + last.number() + ".log");
        return switch (last.outcome()) {
            case NO_ROUNDS_LEFT -> count(last.failed().size()) + " still failing after " + last.number()
                    + " round(s):" + requirements(last.failed())
                    + "\nThe code of the last round stays written and locked (it passed compile, rules and the loop's"
                    + " tests). Read " + factoryDirectory.resolve("evidence.html") + ", make these requirements clearer"
                    + " in their specs, then run `" + RUN + "` again (or allow more rounds: -D" + PropertyNames.ROUNDS
                    + "=<n>).";
            case HOLDOUT_BUDGET_SPENT -> "Spec(s) " + last.specs() + " already consumed " + maxHoldoutRounds
                    + " round(s) of holdout feedback, the most allowed; feeding back more would teach the code the"
                    + " hidden scenarios:" + requirements(last.failed())
                    + "\nA holdout asked this often has stopped being one: refresh the scenarios for these requirements"
                    + " (add or change them, release and re-pin the scenario jar), so that the next verify judges the"
                    + " code on questions it was not fitted to. The count restarts when a spec changes;"
                    + " -D" + PropertyNames.MAX_HOLDOUT_ROUNDS + "=<n> raises the limit.";
            case MISSING_EVIDENCE -> count(last.missing().size()) + " without behavioural evidence in round "
                    + last.number() + "; new code cannot fix that, so nothing was fed back:" + requirements(last.missing())
                    + "\nThey need scenarios, not code: add scenarios tagged with these ids (@Tag(\"<id>\")) to the"
                    + " scenario project, release and re-pin it, then run `" + RUN + "` again.";
            case BUILD_FAILED -> "Round " + last.number() + " failed for a reason other than the scenarios, so another round"
                    + " cannot help:"
                    + last.errorLines().stream().map(line -> "\n  " + line).collect(Collectors.joining())
                    + "\nFix what these lines name (hand-written code, a spec, the configuration), then run `" + RUN
                    + "` again; the round's whole output is in " + roundLog + ".";
            case PASSED, FEEDING_BACK -> throw new IllegalStateException("a run does not fail on " + last.outcome());
        };
    }

    private static String failed(Round round) {
        return count(round.failed().size()) + " failed (" + String.join(", ", round.failedIds()) + ")";
    }

    private static String count(int requirements) {
        return requirements + (requirements == 1 ? " requirement" : " requirements");
    }

    private static String requirements(List<RequirementEvidence> requirements) {
        return requirements.stream().map(r -> "\n  - " + r.id() + " (" + r.spec() + "): " + r.text())
                .collect(Collectors.joining());
    }
}
