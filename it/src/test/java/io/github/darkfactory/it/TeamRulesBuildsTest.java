package io.github.darkfactory.it;

import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A team's own rule sets (docs/rules/team-rules.md): the jar of it/projects/rules-acme, installed
 * first as the team would release it, declared in the plugin's dependencies and named in
 * {@code <ruleSets>}; its rules fail builds, fill the reports and are fed back to the model like
 * the built-in ones, and each way a rule set can be broken fails the build saying what to do.
 */
class TeamRulesBuildsTest {

    private static final String FINAL_CLASSES = "[acme-final-classes] it.rules.app.Order (Order.java): Class"
            + " <it.rules.app.Order> does not have modifier FINAL — why: a class open for extension can have its"
            + " behaviour changed behind its callers' backs — fix: declare the class final (or make it a record)";
    private static final String DOCS = " (docs/rules/team-rules.md).";

    private static MavenBuild app(String copyName) {
        ScenarioJars.install("rules-acme", "rules-acme-1.0.0.jar");
        return MavenBuild.copyOf("rules-app", copyName);
    }

    /** The whole line, so nothing is appended to what to do. */
    private static void assertFixLine(MavenBuild.Result result, String fix) {
        assertTrue(result.lines().contains("[ERROR] " + fix + DOCS), () -> "no line '[ERROR] " + fix + DOCS + "' in:\n" + result.log());
    }

    private static MavenBuild.Result withExtraRuleSet(String ruleSet) {
        return app(ruleSet.substring(ruleSet.lastIndexOf('.') + 1)).property("rules.extra", ruleSet).run("verify")
                .assertFailure();
    }

    @Test
    void a_team_rule_fails_the_build_under_its_own_id_with_its_why_and_fix_in_every_report_and_the_baseline() throws Exception {
        MavenBuild build = app("violated");

        build.run("verify").assertFailure()
                .assertLine("[ERROR] " + FINAL_CLASSES)
                .assertLine("Architecture: 4 rule(s) checked, 1 violation(s), 0 baselined")
                .assertLine("1 architecture violation(s); see target/factory/architecture.sarif; fix them or record them with"
                        + " -Dfactory.architecture.updateBaseline=true");

        String sarif = Files.readString(build.file("target/factory/architecture.sarif"));
        assertTrue(sarif.contains("\"id\": \"acme-final-classes\"") && sarif.contains("\"id\": \"acme-no-jul\"")
                && sarif.contains("\"text\": \"Why: a class open for extension can have its behaviour changed behind its"
                + " callers' backs. Fix: declare the class final (or make it a record).\""), sarif);
        assertTrue(sarif.contains("\"ruleId\": \"acme-final-classes\"")
                && sarif.contains("\"uri\": \"src/main/java/it/rules/app/Order.java\""), sarif);
        String json = Files.readString(build.file("target/factory/architecture.json"));
        assertTrue(json.contains("\"rule\": \"acme-final-classes\""), json);

        build.run("verify", "-Dfactory.architecture.updateBaseline=true").assertSuccess();
        assertTrue(Files.readString(build.file("factory-baseline.json")).contains("\"rule\": \"acme-final-classes\""));
        build.run("verify").assertSuccess().assertLine("[WARNING] (baselined) " + FINAL_CLASSES);
    }

    @Test
    void a_team_rule_broken_by_the_first_answer_is_fed_back_and_repaired_on_iteration_2() throws Exception {
        ScenarioJars.install("rules-acme", "rules-acme-1.0.0.jar");
        ProviderTwin twin = ProviderTwin.start("openai");
        try {
            twin.reply(Reply.text(greeter("public class")), Reply.text(greeter("public final class")));
            MavenBuild build = MavenBuild.copyOf("rules-greeter", "").property("twin.url", twin.baseUrl())
                    .environment("OPENAI_API_KEY", "sk-test-rules");

            build.run("factory:generate", "verify").assertSuccess()
                    .assertLine("[greeting] iteration 1/4: 1 architecture violation — asking again")
                    .assertLine("[greeting] iteration 2/4: all checks passed (1 file)")
                    .assertLine("Architecture: 5 rule(s) checked, 0 violation(s), 0 baselined");

            assertEquals(2, twin.requests().size());
            String second = twin.requests().get(1).user();
            assertTrue(second.contains("1. [architecture] it.rules.greeting.impl.PoliteGreeter (PoliteGreeter.java):"
                    + " [acme-final-classes] Class <it.rules.greeting.impl.PoliteGreeter> does not have modifier FINAL"
                    + " — why: a class open for extension can have its behaviour changed behind its callers' backs"
                    + " — fix: declare the class final (or make it a record)"), second);
            assertTrue(Files.readString(build.file("src/factory/java/it/rules/greeting/impl/PoliteGreeter.java"))
                    .contains("public final class PoliteGreeter"));
        } finally {
            twin.stop();
        }
    }

    private static String greeter(String declaration) {
        return """
                ### it/rules/greeting/impl/PoliteGreeter.java
                ```java
                package it.rules.greeting.impl;

                import it.rules.greeting.Greeter;

                %s PoliteGreeter implements Greeter {
                    @Override
                    public String greet(String name) {
                        return "Hello, " + name + "!";
                    }
                }
                ```
                """.formatted(declaration);
    }

    @Test
    void factory_help_describes_rule_sets_on_both_goals_that_check_rules() {
        MavenBuild.Result result = MavenBuild.copyOf("help", "rule-sets").run("factory:help", "-Ddetail").assertSuccess();

        assertEquals(2, result.lines().stream().filter(l -> l.strip().equals("ruleSets")).count(), result::log);
        result.assertLine("The team's own rule sets, each").assertLine("io.github.darkfactory.rules.FactoryRuleSet. Declare the jar");
    }

    @Test
    void an_unknown_rule_set_class_fails_naming_it_and_where_its_jar_goes() {
        MavenBuild.Result result = withExtraRuleSet("it.rules.acme.Missing")
                .assertLine("Rule set it.rules.acme.Missing in <ruleSets> is not on the plugin's classpath");
        assertFixLine(result, "Check the class name in <ruleSet> for a typo, and that the jar holding it is declared in"
                + " the <dependencies> of the factory-maven-plugin in pom.xml (not of the project)");
    }

    @Test
    void a_class_that_is_not_a_rule_set_fails_naming_the_interface() {
        MavenBuild.Result result = withExtraRuleSet("it.rules.acme.NotARuleSet")
                .assertLine("Rule set it.rules.acme.NotARuleSet in <ruleSets> does not implement"
                        + " io.github.darkfactory.rules.FactoryRuleSet");
        assertFixLine(result, "Make it implement io.github.darkfactory.rules.FactoryRuleSet (its rules() returns the rules),"
                + " or remove it from <ruleSets>");
    }

    @Test
    void a_rule_set_without_a_public_no_arg_constructor_fails_saying_it_needs_one() {
        MavenBuild.Result result = withExtraRuleSet("it.rules.acme.ConfiguredRules")
                .assertLine("Rule set it.rules.acme.ConfiguredRules in <ruleSets> cannot be created: it is not a public"
                        + " class with a public no-arg constructor");
        assertFixLine(result, "Make it.rules.acme.ConfiguredRules a public, non-abstract class with a public constructor that"
                + " takes no arguments: the plugin creates it with that");
    }

    @Test
    void a_rule_set_whose_constructor_throws_fails_with_the_cause_and_where() {
        MavenBuild.Result result = withExtraRuleSet("it.rules.acme.FailingRules")
                .assertLine("Rule set it.rules.acme.FailingRules in <ruleSets> cannot be created: its constructor threw"
                        + " java.lang.IllegalStateException: acme rules need ACME_HOME (at"
                        + " it.rules.acme.FailingRules.<init>(FailingRules.java:11))");
        assertFixLine(result, "Fix it.rules.acme.FailingRules so that it builds its rules without failing, or remove it from"
                + " <ruleSets> until it does");
    }

    @Test
    void two_rules_with_one_id_fail_naming_both_classes() {
        MavenBuild.Result result = withExtraRuleSet("it.rules.acme.ClashingRules")
                .assertLine("Two rules have one id: 'no-standard-streams' of a built-in rule"
                        + " (io.github.darkfactory.rules.FactoryRules) and of it.rules.acme.ClashingRules;"
                        + " 'acme-final-classes' of it.rules.acme.AcmeRules and of it.rules.acme.ClashingRules");
        assertFixLine(result, "Give each rule of your rule sets an id of its own: reports, baselines and the model know a rule"
                + " by its id");
    }

    @Test
    void a_rule_that_throws_during_the_check_fails_naming_the_rule_its_class_and_the_cause() {
        MavenBuild.Result result = withExtraRuleSet("it.rules.acme.BrokenRules")
                .assertLine("Rule 'acme-owned' of rule set it.rules.acme.BrokenRules failed while checking the classes:"
                        + " java.lang.IllegalArgumentException: no owner for ", " (at it.rules.acme.BrokenRules$1.check(BrokenRules.java:21))");
        assertFixLine(result, "Fix the rule in it.rules.acme.BrokenRules (a condition reports violations, it does not throw),"
                + " or remove the rule set from <ruleSets> until it is fixed");
    }
}
