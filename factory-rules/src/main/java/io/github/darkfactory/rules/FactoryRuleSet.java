package io.github.darkfactory.rules;

import java.util.List;

/**
 * A team's own rules, checked by the factory exactly like the built-in ones: fed back to the model
 * while generating, checked on every build, reported under their own ids (docs/rules/team-rules.md).
 * The plugin names an implementation in {@code <ruleSets>} and creates it with its public no-arg
 * constructor, so an implementation is a public class with one.
 *
 * <pre>{@code
 * public final class AcmeRules implements FactoryRuleSet {
 *     public List<FactoryRule> rules() {
 *         String why = "a domain type that can be subclassed can change behaviour behind the domain's back";
 *         return List.of(new FactoryRule("acme-final-domain-types",
 *                 classes().that().resideInAPackage("..domain..").and().areTopLevelClasses()
 *                         .should().haveModifier(JavaModifier.FINAL)
 *                         .as("domain types should be final or records").because(why),
 *                 why, "make the class final, or a record"));
 *     }
 * }
 * }</pre>
 *
 * Rule ids must be unique among the built-in rules and every rule set of a build. A rule that finds
 * no class to check breaks nothing, as with the built-in rules.
 */
public interface FactoryRuleSet {

    /** The rules of this set, each with a stable id, why it exists and how to fix a violation. */
    List<FactoryRule> rules();
}
