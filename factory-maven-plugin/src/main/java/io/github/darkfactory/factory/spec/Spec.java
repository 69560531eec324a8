package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Capability;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One parsed spec file.
 *
 * @param id          unique id from the front matter, {@code [a-z][a-z0-9-]*}
 * @param packageName where the implementation goes
 * @param layer       the declared layer, or null
 * @param dependsOn   ids of the specs whose contracts this one may use
 * @param capabilities the JDK capabilities the spec grants its package (docs/rules/capabilities.md)
 * @param file        the spec file
 * @param text        the whole file as read (line endings as on disk)
 * @param contracts   the contract compilation units
 * @param requirements the requirements, in file order
 */
public record Spec(String id, String packageName, String layer, List<String> dependsOn, Set<Capability> capabilities,
                   Path file, String text, List<ContractUnit> contracts, List<Requirement> requirements) {

    public Spec {
        dependsOn = List.copyOf(dependsOn);
        capabilities = capabilities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        contracts = List.copyOf(contracts);
        requirements = List.copyOf(requirements);
    }
}
