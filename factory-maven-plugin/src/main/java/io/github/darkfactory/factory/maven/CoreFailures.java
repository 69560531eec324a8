package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.architecture.RuleSetException;
import io.github.darkfactory.factory.feedback.InvalidFeedbackException;
import io.github.darkfactory.factory.generate.GenerateFailedException;
import io.github.darkfactory.factory.generate.model.ModelCallException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the core exceptions of generation, model calls and rule sets into build failures worded in
 * pom terms; the scenarios' failures have their own wording in {@link ScenarioFailureFixes}.
 */
final class CoreFailures {

    private CoreFailures() {
    }

    static MojoFailureException of(GenerateFailedException e) {
        return new MojoFailureException(GenerateFailureWording.render(e));
    }

    /**
     * A team's rule set that cannot be used, or one of its rules that threw during a check. The cause
     * is the team's own exception, for {@code -e}; its message is already part of the wording.
     */
    static MojoFailureException of(RuleSetException e) {
        return new MojoFailureException(RuleSetWording.render(e), e.getCause());
    }

    /** A model call that failed outside a spec's loop; a spec's own failure is part of a {@link GenerateFailedException}. */
    static MojoFailureException of(ModelCallException e) {
        return new MojoFailureException("The model could not be called: " + ModelCallWording.message(e)
                + "\nCheck the <model> configuration, the key, and the network, then run mvn factory:"
                + PropertyNames.GOAL_GENERATE + " again.");
    }

    /** A holdout feedback file that cannot be used. */
    static MojoFailureException of(InvalidFeedbackException e) {
        return new MojoFailureException(FeedbackWording.render(e));
    }

    /** What a generate run throws: a failed generation, a failed model call or unusable feedback. */
    static MojoFailureException ofGenerate(Exception e) {
        if (e instanceof GenerateFailedException failed) {
            return of(failed);
        }
        if (e instanceof ModelCallException call) {
            return of(call);
        }
        if (e instanceof InvalidFeedbackException feedback) {
            return of(feedback);
        }
        throw new IllegalArgumentException("not a failure of a generate run", e);
    }
}
