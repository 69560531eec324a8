package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.architecture.RuleSetException;
import io.github.darkfactory.factory.architecture.RuleSets;
import io.github.darkfactory.factory.architecture.TeamRule;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * A goal that checks the architecture rules, and with them the team's own rule sets: loaded before
 * the goal's work, so a broken rule set fails the build before anything else (docs/rules/team-rules.md).
 */
abstract class RuleCheckingMojo extends SpecsMojo {

    /**
     * The team's own rule sets, each {@code <ruleSet>com.acme.rules.AcmeRules</ruleSet>}: a public class with a
     * public no-arg constructor implementing {@code io.github.darkfactory.rules.FactoryRuleSet}. Declare the jar
     * that holds them in the plugin's {@code <dependencies>}. Their rules are checked like the built-in ones
     * and reported under their own ids (docs/rules/team-rules.md).
     */
    @Parameter
    private List<String> ruleSets;

    private List<TeamRule> teamRules;

    protected RuleCheckingMojo(String goal) {
        super(goal);
    }

    @Override
    protected final void run() throws MojoExecutionException, MojoFailureException {
        try {
            teamRules = RuleSets.load(ruleSets == null ? List.of() : ruleSets, getClass().getClassLoader());
        } catch (RuleSetException e) {
            throw CoreFailures.of(e);
        }
        runGoal();
    }

    /** The goal's work, once {@link #teamRules()} are loaded. */
    protected abstract void runGoal() throws MojoExecutionException, MojoFailureException;

    /** The rules of {@code <ruleSets>}, in order. */
    protected List<TeamRule> teamRules() {
        return teamRules;
    }
}
