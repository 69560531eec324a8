package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioFailure;

/** What to do about each way the scenarios gate fails, in pom and command-line terms. */
final class ScenarioFailureFixes {

    private ScenarioFailureFixes() {
    }

    static String fixFor(ScenarioFailure.Reason reason) {
        return switch (reason) {
            case UNPINNED -> "\nPin it with that <sha256> inside <scenarios> (factory:seal of the scenario project"
                    + " prints it), or run with -D" + PropertyNames.ALLOW_UNPINNED + "=true to accept it unpinned.";
            case DIGEST_MISMATCH -> "\nThe jar in the repository is not the one that was sealed. If the new jar is"
                    + " intended, update <scenarios><sha256> with the actual digest; otherwise restore the sealed release.";
            case TIMED_OUT -> "\nFind the hanging scenario in the output above, or raise the limit with -D"
                    + PropertyNames.SCENARIOS_TIMEOUT + "=<seconds> (or <timeout> in the plugin configuration).";
            case JVM_EXITED -> "\nScenarios must not call System.exit; see the output above for the last scenario.";
            case NO_TESTS -> "\nCheck that the scenario project's tests are its main sources (they must be inside the"
                    + " jar) and that it depends on a JUnit Platform engine such as junit-jupiter.";
            case SCENARIOS_FAILED -> "\nFix the product so these scenarios pass; see target/factory/evidence.html.";
            case MISSING_EVIDENCE -> "\nAdd scenarios tagged @Tag(\"<id>\") to the scenario project (or lower "
                    + PropertyNames.MIN_EVIDENCE + ").";
        };
    }
}
