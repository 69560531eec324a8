package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.rules.Layer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * PLACEHOLDER from the loop branch, standing in for the architecture branch's record of the same
 * signature; the architecture branch's version replaces it on merge.
 */
public record ArchitectureInput(List<Path> classRoots, List<Layer> layers, List<String> specPackages,
                                Set<String> testOnlyClassNames) {
}
