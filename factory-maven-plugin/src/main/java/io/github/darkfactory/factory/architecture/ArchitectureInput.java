package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.rules.Capability;
import io.github.darkfactory.rules.Layer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one architecture check looks at.
 *
 * @param classRoots         directories (or jars) of the compiled main classes to check
 * @param layers             the configured layers; empty means no layering rule
 * @param specPackages       the packages of the module's specs, checked for cycles between them
 * @param testOnlyClassNames fully qualified names of the classes main code must not use (those of
 *                           {@code target/test-classes} and of test-scoped dependencies)
 * @param capabilityGrants   the capabilities granted to each spec package (docs/rules/capabilities.md);
 *                           a spec package not in it is granted none
 * @param teamRules          the rules of the team's rule sets, checked after the built-in ones
 */
public record ArchitectureInput(List<Path> classRoots, List<Layer> layers, List<String> specPackages,
                                Set<String> testOnlyClassNames, Map<String, Set<Capability>> capabilityGrants,
                                List<TeamRule> teamRules) {

    public ArchitectureInput {
        classRoots = List.copyOf(classRoots);
        layers = List.copyOf(layers);
        specPackages = List.copyOf(specPackages);
        testOnlyClassNames = Set.copyOf(testOnlyClassNames);
        capabilityGrants = Map.copyOf(capabilityGrants);
        teamRules = List.copyOf(teamRules);
    }
}
