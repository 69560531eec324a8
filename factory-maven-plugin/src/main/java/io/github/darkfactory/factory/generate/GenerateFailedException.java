package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.plan.StaleSpec;

import java.nio.file.Path;
import java.util.List;

/**
 * The generate goal must fail. Carries why as a {@link Reason} and the data that goes with it (spec
 * ids, paths, detail lines); the adapter words it in its own terms and ends with what to do.
 * Each reason fills the fields its factory method names; the others are empty or null.
 */
public final class GenerateFailedException extends Exception {

    public enum Reason {
        /** {@link #path()} is the lock file, {@link #problem()} what the parser said. */
        UNREADABLE_LOCK,
        /** {@link #specIds()} are the unknown ids, {@link #knownIds()} the ones that exist. */
        UNKNOWN_REGENERATE_IDS,
        /** {@link #details()} are the hand-written files, {@link #path()} where generated ones go. */
        CLASHING_SERVICES_FILES,
        /** {@link #details()} name the edited files, {@link #specIds()} their specs. */
        HAND_EDITS,
        /** {@link #specIds()} are the deleted specs, {@link #details()} their files. */
        ORPHANS,
        /** {@link #stale()} are the specs to generate, {@link #refusal()} why no model may be called, {@link #path()} the lock. */
        MODEL_REFUSED,
        /** {@link #outcomes()} are the specs that were not generated, {@link #written()} how many others were. */
        SPECS_NOT_CONVERGED,
        /** {@link #details()} are the compiler's errors. */
        JOINT_COMPILE_FAILED,
        /** {@link #details()} are the conflicts. */
        SERVICE_CONFLICTS,
        /** {@link #path()} is the feedback file, {@link #refusal()} why no model may be called to use it. */
        FEEDBACK_WITHOUT_MODEL,
        /**
         * {@link #specIds()} consumed the most rounds of feedback allowed, {@link #details()} say how many
         * each; {@link #path()} is the feedback file.
         */
        HOLDOUT_BUDGET_SPENT
    }

    private final Reason reason;
    private final List<String> specIds;
    private final List<String> knownIds;
    private final List<String> details;
    private final Path path;
    private final String problem;
    private final List<StaleSpec> stale;
    private final ModelRefusal refusal;
    private final List<SpecOutcome> outcomes;
    private final int written;

    private GenerateFailedException(Reason reason, List<String> specIds, List<String> knownIds, List<String> details,
                                    Path path, String problem, List<StaleSpec> stale, ModelRefusal refusal,
                                    List<SpecOutcome> outcomes, int written) {
        super(reason + " " + specIds + " " + details + (problem == null ? "" : " " + problem));
        this.reason = reason;
        this.specIds = List.copyOf(specIds);
        this.knownIds = List.copyOf(knownIds);
        this.details = List.copyOf(details);
        this.path = path;
        this.problem = problem;
        this.stale = List.copyOf(stale);
        this.refusal = refusal;
        this.outcomes = List.copyOf(outcomes);
        this.written = written;
    }

    private static GenerateFailedException of(Reason reason, List<String> specIds, List<String> details, Path path) {
        return new GenerateFailedException(reason, specIds, List.of(), details, path, null, List.of(), null, List.of(), 0);
    }

    public static GenerateFailedException unreadableLock(Path lockFile, String problem) {
        return new GenerateFailedException(Reason.UNREADABLE_LOCK, List.of(), List.of(), List.of(), lockFile, problem,
                List.of(), null, List.of(), 0);
    }

    public static GenerateFailedException unknownRegenerateIds(List<String> unknown, List<String> known) {
        return new GenerateFailedException(Reason.UNKNOWN_REGENERATE_IDS, unknown, known, List.of(), null, null,
                List.of(), null, List.of(), 0);
    }

    public static GenerateFailedException clashingServicesFiles(List<String> clashes, Path generatedServices) {
        return of(Reason.CLASHING_SERVICES_FILES, List.of(), clashes, generatedServices);
    }

    public static GenerateFailedException handEdits(List<String> specIds, List<String> files) {
        return of(Reason.HAND_EDITS, specIds, files, null);
    }

    public static GenerateFailedException orphans(List<String> specIds, List<String> files) {
        return of(Reason.ORPHANS, specIds, files, null);
    }

    public static GenerateFailedException modelRefused(List<StaleSpec> stale, ModelRefusal refusal, Path lockFile) {
        return new GenerateFailedException(Reason.MODEL_REFUSED, stale.stream().map(StaleSpec::specId).toList(),
                List.of(), List.of(), lockFile, null, stale, refusal, List.of(), 0);
    }

    public static GenerateFailedException notConverged(List<SpecOutcome> notGenerated, int written, Path transcripts) {
        return new GenerateFailedException(Reason.SPECS_NOT_CONVERGED,
                notGenerated.stream().map(SpecOutcome::specId).toList(), List.of(), List.of(), transcripts, null,
                List.of(), null, notGenerated, written);
    }

    public static GenerateFailedException jointCompileFailed(List<String> errors) {
        return of(Reason.JOINT_COMPILE_FAILED, List.of(), errors, null);
    }

    public static GenerateFailedException serviceConflicts(List<String> conflicts) {
        return of(Reason.SERVICE_CONFLICTS, List.of(), conflicts, null);
    }

    public static GenerateFailedException feedbackWithoutModel(Path feedbackFile, ModelRefusal refusal) {
        return new GenerateFailedException(Reason.FEEDBACK_WITHOUT_MODEL, List.of(), List.of(), List.of(), feedbackFile,
                null, List.of(), refusal, List.of(), 0);
    }

    public static GenerateFailedException holdoutBudgetSpent(List<String> specIds, List<String> rounds, Path feedbackFile) {
        return of(Reason.HOLDOUT_BUDGET_SPENT, specIds, rounds, feedbackFile);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> specIds() {
        return specIds;
    }

    public List<String> knownIds() {
        return knownIds;
    }

    public List<String> details() {
        return details;
    }

    public Path path() {
        return path;
    }

    public String problem() {
        return problem;
    }

    public List<StaleSpec> stale() {
        return stale;
    }

    public ModelRefusal refusal() {
        return refusal;
    }

    public List<SpecOutcome> outcomes() {
        return outcomes;
    }

    public int written() {
        return written;
    }
}
