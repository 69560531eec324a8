package io.github.darkfactory.factory.spec;

import java.nio.file.Path;
import java.util.List;

/**
 * One parsed spec file.
 *
 * @param id          unique id from the front matter, {@code [a-z][a-z0-9-]*}
 * @param packageName where the implementation goes
 * @param layer       the declared layer, or null
 * @param dependsOn   ids of the specs whose contracts this one may use
 * @param file        the spec file
 * @param text        the whole file as read (line endings as on disk)
 * @param contracts   the contract compilation units
 * @param requirements the requirements, in file order
 */
public record Spec(String id, String packageName, String layer, List<String> dependsOn, Path file,
                   String text, List<ContractUnit> contracts, List<Requirement> requirements) {

    public Spec {
        dependsOn = List.copyOf(dependsOn);
        contracts = List.copyOf(contracts);
        requirements = List.copyOf(requirements);
    }
}
