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
            case JUNIT_LINES_CONFLICT -> "\nImport org.junit:junit-bom (<type>pom</type><scope>import</scope> in"
                    + " <dependencyManagement>) in the scenario project so every JUnit artifact shares one version,"
                    + " then release and seal it again.";
            case RUN_NOT_STARTED -> "\nNo scenario ran: fix the cause above. A NoClassDefFoundError of org.junit.* means"
                    + " JUnit jars of different versions (import org.junit:junit-bom in the scenario project); an option"
                    + " java rejects comes from <argLine> or ${argLine}.";
        };
    }
}
