package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;
import io.github.darkfactory.rules.FactoryRules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a team's rule sets by class name and checks their rules can run with the built-in ones:
 * every rule id unique (docs/rules/team-rules.md).
 */
public final class RuleSets {

    /** Who defines a built-in rule, as a clash names it. */
    public static final String BUILT_IN = FactoryRules.class.getName();

    /** The ids of the built-in rules, including those that apply only with some configuration. */
    static final Set<String> BUILT_IN_IDS = Set.of(FactoryRules.NO_STANDARD_STREAMS_ID, FactoryRules.NO_PRINT_STACK_TRACE_ID,
            FactoryRules.LAYERS_ID, FactoryRules.NO_SPEC_PACKAGE_CYCLES_ID, FactoryRules.NO_TEST_CODE_IN_MAIN_ID,
            FactoryRules.CAPABILITIES_ID, FactoryRules.NO_EVIDENCE_GAMING_ID, FactoryRules.SPEC_BOUNDARIES_ID);

    private RuleSets() {
    }

    /**
     * The rules of the named rule sets, in order; a class named twice is loaded once. A rule that
     * finds no class to check breaks nothing, as with the built-in rules.
     *
     * @param loader the class loader that sees the team's rule set jars
     * @throws RuleSetException when a rule set cannot be loaded or created, or two rules share an id
     */
    public static List<TeamRule> load(List<String> classNames, ClassLoader loader) {
        List<TeamRule> rules = new ArrayList<>();
        for (String className : new LinkedHashSet<>(classNames)) {
            for (FactoryRule rule : rulesOf(create(className, loader), className)) {
                rules.add(new TeamRule(className, new FactoryRule(rule.id(), rule.rule().allowEmptyShould(true),
                        rule.why(), rule.fix())));
            }
        }
        requireUniqueIds(rules, BUILT_IN_IDS);
        return List.copyOf(rules);
    }

    /** @throws RuleSetException naming every id that two rules share, and the classes of both */
    static void requireUniqueIds(List<TeamRule> teamRules, Collection<String> builtInIds) {
        Map<String, String> owners = new LinkedHashMap<>();
        builtInIds.forEach(id -> owners.put(id, BUILT_IN));
        List<RuleSetException.Clash> clashes = new ArrayList<>();
        for (TeamRule team : teamRules) {
            String first = owners.putIfAbsent(team.rule().id(), team.ruleSet());
            if (first != null) {
                clashes.add(new RuleSetException.Clash(team.rule().id(), first, team.ruleSet()));
            }
        }
        if (!clashes.isEmpty()) {
            throw RuleSetException.duplicateIds(clashes);
        }
    }

    private static FactoryRuleSet create(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw RuleSetException.of(RuleSetException.Reason.NOT_FOUND, className, null);
        } catch (LinkageError e) {
            throw RuleSetException.of(RuleSetException.Reason.UNLOADABLE, className, e);
        }
        if (!FactoryRuleSet.class.isAssignableFrom(type)) {
            throw RuleSetException.of(RuleSetException.Reason.NOT_A_RULE_SET, className, null);
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw RuleSetException.of(RuleSetException.Reason.NOT_CONSTRUCTIBLE, className, null);
        }
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
            throw RuleSetException.of(RuleSetException.Reason.NOT_CONSTRUCTIBLE, className, null);
        }
        try {
            return (FactoryRuleSet) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw RuleSetException.of(RuleSetException.Reason.CONSTRUCTOR_FAILED, className, e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw RuleSetException.of(RuleSetException.Reason.NOT_CONSTRUCTIBLE, className, e);
        }
    }

    private static List<FactoryRule> rulesOf(FactoryRuleSet ruleSet, String className) {
        List<FactoryRule> rules;
        try {
            rules = ruleSet.rules();
        } catch (RuntimeException | LinkageError e) {
            throw RuleSetException.of(RuleSetException.Reason.RULES_FAILED, className, e);
        }
        if (rules == null || rules.stream().anyMatch(r -> r == null || r.id() == null || r.id().isBlank() || r.rule() == null)) {
            throw RuleSetException.of(RuleSetException.Reason.INVALID_RULES, className, null);
        }
        return rules;
    }
}
