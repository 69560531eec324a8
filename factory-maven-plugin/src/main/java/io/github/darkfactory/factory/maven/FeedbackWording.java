package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.feedback.HoldoutFeedback;
import io.github.darkfactory.factory.feedback.InvalidFeedbackException;

/**
 * A holdout feedback file that generate cannot use, in command-line terms: what is wrong with which
 * file, and what to do (docs/generation-loop.md, "Holdout feedback").
 */
final class FeedbackWording {

    private static final String SHAPE = "{\"round\": 2, \"failedRequirements\": [\"PRC-2\"]}";

    private FeedbackWording() {
    }

    static String render(InvalidFeedbackException e) {
        StringBuilder text = new StringBuilder(headline(e));
        e.nearest().forEach((unknown, known) -> text.append("\n  - ").append(unknown).append(": did you mean ")
                .append(known).append('?'));
        return text.append('\n').append(fix(e)).append(" Nothing was generated.").toString();
    }

    private static String headline(InvalidFeedbackException e) {
        String file = "The holdout feedback file " + e.file() + " (-D" + PropertyNames.FEEDBACK + ")";
        return switch (e.reason()) {
            case MISSING -> file + " does not exist";
            case UNREADABLE -> file + " cannot be read: " + e.detail();
            case MALFORMED -> file + " is malformed: " + e.detail();
            case UNKNOWN_IDS -> file + " names requirement id(s) that no spec has: " + e.detail();
        };
    }

    private static String fix(InvalidFeedbackException e) {
        return switch (e.reason()) {
            case MISSING, UNREADABLE -> "Pass the " + HoldoutFeedback.FILE_NAME + " a failed verify left in target/factory,"
                    + " or leave -D" + PropertyNames.FEEDBACK + " out to generate without feedback.";
            case MALFORMED -> "It must hold exactly " + SHAPE + ": the round and the ids of the failed requirements,"
                    + " nothing else.";
            case UNKNOWN_IDS -> "List only ids of the specs' requirements (the `- PRC-1:` lines under ## Requirements);"
                    + " feedback from before a spec changed is stale: run the verify again for a new one.";
        };
    }
}
