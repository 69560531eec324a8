package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.factory.architecture.testexamples.TeamRuleSets;
import io.github.darkfactory.rules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleSetsTest {

    private static final String SETS = TeamRuleSets.class.getName() + "$";
    private static final String FINAL_DOMAIN_TYPES = SETS + "FinalDomainTypes";

    private static List<TeamRule> load(String... classNames) {
        return RuleSets.load(List.of(classNames), RuleSetsTest.class.getClassLoader());
    }

    private static RuleSetException failure(String... classNames) {
        return assertThrows(RuleSetException.class, () -> load(classNames));
    }

    private static ArchitectureInput input(Path classes, List<TeamRule> teamRules) {
        return new ArchitectureInput(List.of(classes), List.of(), List.of(), Set.of(), Map.of(), teamRules);
    }

    @Test
    void a_team_rule_is_checked_after_the_built_in_ones_and_reported_under_its_own_id(@TempDir Path project) throws Exception {
        Path classes = CompiledSources.compile(project, Map.of("com/shop/domain/Order.java", """
                package com.shop.domain;

                public class Order {
                    public void print() {
                        System.out.println("order");
                    }
                }
                """));
        List<TeamRule> rules = load(FINAL_DOMAIN_TYPES, FINAL_DOMAIN_TYPES);

        List<Violation> found = ArchitectureCheck.run(input(classes, rules));

        assertEquals(List.of("no-standard-streams", "no-print-stack-trace", "acme-final-domain-types"),
                ArchitectureCheck.rules(input(classes, rules)).stream().map(r -> r.id()).toList(), "a set named twice is loaded once");
        assertEquals(List.of("[acme-final-domain-types] com.shop.domain.Order (Order.java): Class <com.shop.domain.Order>"
                        + " does not have modifier FINAL — why: a domain type that can be subclassed can change behaviour behind"
                        + " the domain's back — fix: make the class final, or a record",
                "[no-standard-streams] com.shop.domain.Order (Order.java:5): Method <com.shop.domain.Order.print()> calls System.out"
                        + " — why: output written to the standard streams bypasses the application's logging: it cannot be"
                        + " filtered, routed or silenced, and it corrupts the output of command-line tools — fix: log through"
                        + " the application's logger, or return the text to the caller that prints it"),
                found.stream().map(Violation::render).toList());
        assertEquals(FINAL_DOMAIN_TYPES, rules.get(0).ruleSet());
    }

    @Test
    void a_team_rule_that_finds_no_class_to_check_breaks_nothing(@TempDir Path project) throws Exception {
        Path classes = Files.createDirectories(project.resolve("target/classes"));

        assertEquals(List.of(), ArchitectureCheck.run(input(classes, load(FINAL_DOMAIN_TYPES))));
    }

    @Test
    void each_unusable_rule_set_is_reported_with_its_reason_and_class() {
        RuleSetException missing = failure(SETS + "Missing");
        assertEquals(RuleSetException.Reason.NOT_FOUND, missing.reason());
        assertEquals(SETS + "Missing", missing.ruleSet());
        assertEquals(RuleSetException.Reason.NOT_A_RULE_SET, failure(SETS + "NotARuleSet").reason());
        assertEquals(RuleSetException.Reason.NOT_CONSTRUCTIBLE, failure(SETS + "Configured").reason());
        RuleSetException constructor = failure(FINAL_DOMAIN_TYPES, SETS + "FailingConstructor");
        assertEquals(RuleSetException.Reason.CONSTRUCTOR_FAILED, constructor.reason());
        assertEquals("acme rules need ACME_HOME", constructor.getCause().getMessage());
    }

    @Test
    void two_rules_with_one_id_are_reported_with_both_classes() {
        RuleSetException e = failure(FINAL_DOMAIN_TYPES, SETS + "Clashing");

        assertEquals(RuleSetException.Reason.DUPLICATE_IDS, e.reason());
        assertEquals(List.of(
                new RuleSetException.Clash("no-standard-streams", RuleSets.BUILT_IN, SETS + "Clashing"),
                new RuleSetException.Clash("acme-final-domain-types", FINAL_DOMAIN_TYPES, SETS + "Clashing")), e.clashes());
        assertNull(e.ruleSet());
    }

    @Test
    void a_team_rule_that_throws_fails_the_check_naming_the_rule_and_its_class(@TempDir Path project) throws Exception {
        Path classes = CompiledSources.compile(project, Map.of("com/shop/App.java", "package com.shop; public class App {}"));

        RuleSetException e = assertThrows(RuleSetException.class,
                () -> ArchitectureCheck.run(input(classes, load(SETS + "Throwing"))));

        assertEquals(RuleSetException.Reason.RULE_FAILED, e.reason());
        assertEquals("acme-broken", e.ruleId());
        assertEquals(SETS + "Throwing", e.ruleSet());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals("no owner for App", e.getCause().getMessage());
    }
}
