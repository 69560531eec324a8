package io.github.darkfactory.factory.architecture;

import java.util.List;

/**
 * A team's rule set cannot be used, or one of its rules failed while checking (docs/rules/team-rules.md).
 * Carries why as a {@link Reason} and the data that goes with it; the adapter words it in its own
 * terms and ends with what to do. Unchecked, because a rule fails deep inside a check, possibly on
 * a thread of the generate loop.
 */
public final class RuleSetException extends RuntimeException {

    public enum Reason {
        /** No class of that name: {@link #ruleSet()}. */
        NOT_FOUND,
        /** The class exists but cannot be loaded or initialized; the cause says why. */
        UNLOADABLE,
        /** The class does not implement {@code FactoryRuleSet}. */
        NOT_A_RULE_SET,
        /** Not a public, concrete class with a public no-arg constructor. */
        NOT_CONSTRUCTIBLE,
        /** Its constructor threw the cause. */
        CONSTRUCTOR_FAILED,
        /** Its {@code rules()} threw the cause. */
        RULES_FAILED,
        /** Its {@code rules()} returned null, a null rule, or a rule without an id or an ArchUnit rule. */
        INVALID_RULES,
        /** Two rules have one id: {@link #clashes()}. */
        DUPLICATE_IDS,
        /** Rule {@link #ruleId()} threw the cause while checking the classes. */
        RULE_FAILED
    }

    /**
     * Two rules with one id.
     *
     * @param ruleId the id
     * @param first  the class that defines the first rule: a rule set, or {@link RuleSets#BUILT_IN}
     * @param second the class that defines the second one, a rule set
     */
    public record Clash(String ruleId, String first, String second) {
    }

    private final Reason reason;
    private final String ruleSet;
    private final String ruleId;
    private final List<Clash> clashes;

    private RuleSetException(Reason reason, String ruleSet, String ruleId, List<Clash> clashes, Throwable cause) {
        super(reason + " " + (ruleSet == null ? clashes : ruleSet + (ruleId == null ? "" : " rule " + ruleId))
                + (cause == null ? "" : ": " + cause), cause);
        this.reason = reason;
        this.ruleSet = ruleSet;
        this.ruleId = ruleId;
        this.clashes = List.copyOf(clashes);
    }

    public static RuleSetException of(Reason reason, String ruleSet, Throwable cause) {
        return new RuleSetException(reason, ruleSet, null, List.of(), cause);
    }

    public static RuleSetException duplicateIds(List<Clash> clashes) {
        return new RuleSetException(Reason.DUPLICATE_IDS, null, null, clashes, null);
    }

    public static RuleSetException ruleFailed(String ruleSet, String ruleId, Throwable cause) {
        return new RuleSetException(Reason.RULE_FAILED, ruleSet, ruleId, List.of(), cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The rule set's class name; null for {@link Reason#DUPLICATE_IDS}. */
    public String ruleSet() {
        return ruleSet;
    }

    /** The failing rule's id, for {@link Reason#RULE_FAILED}. */
    public String ruleId() {
        return ruleId;
    }

    public List<Clash> clashes() {
        return clashes;
    }
}
