package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.architecture.RuleSetException;
import io.github.darkfactory.factory.generate.GenerateFailedException;
import io.github.darkfactory.factory.generate.ModelRefusal;
import io.github.darkfactory.factory.generate.SpecOutcome;
import io.github.darkfactory.factory.generate.model.ModelCallException;
import io.github.darkfactory.factory.generate.plan.StaleSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Each way the generate goal fails, in pom and command-line terms: a headline, one line per item
 * (spec, file, error) and what to do (the jib {@code HelpfulSuggestions} pattern).
 */
final class GenerateFailureWording {

    private static final String GENERATE = "mvn factory:" + PropertyNames.GOAL_GENERATE;

    private GenerateFailureWording() {
    }

    /** Headline, indented details, and the fix, as printed by the build. */
    static String render(GenerateFailedException e) {
        StringBuilder text = new StringBuilder(headline(e));
        details(e).forEach(d -> text.append("\n  - ").append(d));
        return text.append("\n").append(fix(e)).toString();
    }

    static String headline(GenerateFailedException e) {
        return switch (e.reason()) {
            case UNREADABLE_LOCK -> "The lock file cannot be read: " + e.problem();
            case UNKNOWN_REGENERATE_IDS -> PropertyNames.REGENERATE + " names unknown spec id(s): " + e.specIds();
            case CLASHING_SERVICES_FILES -> "Hand-written services files clash with the ones the plugin generates";
            case HAND_EDITS -> "Generated files were changed by hand";
            case ORPHANS -> "The lock file has entries for spec(s) that no longer exist: " + e.specIds();
            case MODEL_REFUSED -> e.stale().size() + " spec(s) are stale and no model may be called here: "
                    + refusal(e.refusal());
            case SPECS_NOT_CONVERGED -> e.specIds().size() + " spec(s) were not generated: " + e.specIds()
                    + " (their previous files and lock entries are unchanged; " + e.written()
                    + " other spec(s) were written)";
            case JOINT_COMPILE_FAILED -> "The generated specs compile one by one but not together; nothing was written";
            case SERVICE_CONFLICTS -> "Two specs provide the same contract interface; nothing was written";
            case FEEDBACK_WITHOUT_MODEL -> "Holdout feedback (-D" + PropertyNames.FEEDBACK + "=" + e.path()
                    + ") is only for a run that may call a model, and none may be called here: " + refusal(e.refusal());
            case HOLDOUT_BUDGET_SPENT -> "The holdout has been asked too often for spec(s) " + e.specIds()
                    + ": no more feedback from " + e.path() + " is given to them; nothing was generated";
        };
    }

    static List<String> details(GenerateFailedException e) {
        return switch (e.reason()) {
            case UNKNOWN_REGENERATE_IDS -> List.of("known spec ids: " + e.knownIds());
            case MODEL_REFUSED -> e.stale().stream().map(s -> s.specId() + ": " + staleReason(s.reason())).toList();
            case SPECS_NOT_CONVERGED -> e.outcomes().stream().map(GenerateFailureWording::outcome).toList();
            default -> e.details();
        };
    }

    static String fix(GenerateFailedException e) {
        return switch (e.reason()) {
            case UNREADABLE_LOCK -> "Restore it from version control (git checkout -- " + e.path().getFileName()
                    + "), or delete it and run `" + GENERATE + " -D" + PropertyNames.REGENERATE + "=all`.";
            case UNKNOWN_REGENERATE_IDS -> "Use ids from that list, comma-separated, or `all`: -D"
                    + PropertyNames.REGENERATE + "=" + String.join(",", e.knownIds());
            case CLASHING_SERVICES_FILES -> "Delete these files: the plugin registers generated providers in "
                    + e.path() + ", and two files of one name would hide each other.";
            case HAND_EDITS -> "Generated code is owned by its spec: restore the files (git checkout -- <file>) and"
                    + " change the spec instead, or regenerate them (this replaces the edits): " + GENERATE
                    + " -D" + PropertyNames.REGENERATE + "=" + String.join(",", e.specIds());
            case ORPHANS -> "Run `" + GENERATE + "` to remove them and their generated files, or restore the deleted"
                    + " spec(s).";
            case MODEL_REFUSED -> refusalFix(e);
            case SPECS_NOT_CONVERGED -> notConvergedFix(e);
            case JOINT_COMPILE_FAILED -> "Regenerate the specs named in these errors together: " + GENERATE + " -D"
                    + PropertyNames.REGENERATE + "=<ids>.";
            case SERVICE_CONFLICTS -> "Change the specs so each contract interface has one generated implementation,"
                    + " then generate again.";
            case FEEDBACK_WITHOUT_MODEL -> "Pass -D" + PropertyNames.FEEDBACK + " to `" + GENERATE + "` where a model may be"
                    + " called, as `mvn factory:" + PropertyNames.GOAL_RUN + "` does between its rounds; a build that may"
                    + " call no model regenerates nothing, so it has no use for feedback.";
            case HOLDOUT_BUDGET_SPENT -> "Refresh the scenarios before feeding back more: add or change sealed scenarios"
                    + " for these requirements (a new scenario jar and its <sha256>), since a hidden scenario whose"
                    + " verdict was fed back this often has stopped being hidden. A changed spec starts counting again;"
                    + " -D" + PropertyNames.MAX_HOLDOUT_ROUNDS + "=<n> raises the limit.";
        };
    }

    static String staleReason(StaleSpec.Reason reason) {
        return reason == StaleSpec.Reason.REGENERATION_ASKED ? PropertyNames.REGENERATE + " asks for it" : reason.text();
    }

    /** Every reason no model may be called, joined. */
    static String refusal(ModelRefusal refusal) {
        return refusal.reasons().stream().map(reason -> switch (reason) {
            case FROZEN -> PropertyNames.FROZEN + " is true";
            case BOUND_TO_LIFECYCLE -> "this execution is bound to the build lifecycle, which never calls a model"
                    + " (run `" + GENERATE + "`, or pass -D" + PropertyNames.FROZEN + "=false)";
            case OFFLINE -> "Maven runs offline (-o)";
            case NO_MODEL -> "no <model> is configured for the factory-maven-plugin";
            case MISSING_KEY -> "the model's key is missing: " + missingKey(refusal.missingKey());
        }).collect(Collectors.joining("; "));
    }

    private static String missingKey(ModelRefusal.MissingKey key) {
        if (key != null && key.environmentVariable() != null) {
            return "environment variable " + key.environmentVariable() + " is not set";
        }
        if (key != null && key.serverId() != null) {
            return "settings.xml has no <server> with id '" + key.serverId() + "'";
        }
        return "configure <apiKeyEnv> or <serverId> in <model>";
    }

    /** With only the key missing, running the same command again cannot help: say where the key goes. */
    private static String refusalFix(GenerateFailedException e) {
        ModelRefusal.MissingKey key = e.refusal().missingKey();
        if (e.refusal().onlyTheKeyIsMissing() && key != null && key.environmentVariable() != null) {
            return "Set the variable <apiKeyEnv> names to the model's key, then run again: export "
                    + key.environmentVariable() + "=<your key>";
        }
        if (e.refusal().onlyTheKeyIsMissing() && key != null && key.serverId() != null) {
            return "Add a <server> with <id>" + key.serverId() + "</id> whose <password> is the model's key to"
                    + " ~/.m2/settings.xml (or fix its encrypted password), then run again.";
        }
        return "Run `" + GENERATE + "` (or `" + GENERATE + " -D" + PropertyNames.REGENERATE + "="
                + String.join(",", e.specIds()) + "`) where a model is configured, then commit "
                + e.path().getFileName() + " and the generated files.";
    }

    private static String notConvergedFix(GenerateFailedException e) {
        for (SpecOutcome outcome : e.outcomes()) {
            if (outcome instanceof SpecOutcome.Failed failed && failed.failure() instanceof RuleSetException rule) {
                return RuleSetWording.fix(rule); // more attempts cannot help while a team rule throws
            }
        }
        List<ModelCallException> modelFailures = new ArrayList<>();
        for (SpecOutcome outcome : e.outcomes()) {
            if (outcome instanceof SpecOutcome.Failed failed && failed.failure() instanceof ModelCallException call) {
                modelFailures.add(call);
            } else if (!(outcome instanceof SpecOutcome.NotAttempted)) {
                modelFailures.clear();
                break;
            }
        }
        String connection = modelFailures.isEmpty() ? "" : ModelCallWording.connectionOrCredentialFix(modelFailures);
        return !connection.isEmpty() ? connection
                : "Read the transcripts in " + e.path() + "/<spec>/, then make the spec or its contracts clearer,"
                        + " or allow more attempts with -D" + PropertyNames.MAX_ITERATIONS + "=<n>.";
    }

    private static String outcome(SpecOutcome outcome) {
        if (outcome instanceof SpecOutcome.NotAttempted blocked) {
            return blocked.specId() + ": not attempted: depends on " + blocked.blockedBy() + ", which did not converge";
        }
        if (outcome instanceof SpecOutcome.Failed failed && failed.failure() instanceof RuleSetException rule) {
            return failed.specId() + ": " + RuleSetWording.headline(rule);
        }
        if (outcome instanceof SpecOutcome.Failed failed) {
            return failed.specId() + ": " + (failed.failure() instanceof ModelCallException call
                    ? "the model could not answer (" + call.call().kind() + "): " + ModelCallWording.message(call)
                    : failed.failure().toString());
        }
        return outcome.specId() + ": did not converge after " + outcome.result().iterations()
                + " iteration(s); last errors:" + outcome.result().lastErrors().stream().map(line -> "\n      " + line)
                .collect(Collectors.joining());
    }
}
