package io.github.darkfactory.factory.generate.compile;

import java.util.List;

/**
 * What the compiler knows about one top-level type of the given sources, so callers can find
 * {@link java.util.ServiceLoader} providers without loading any class.
 *
 * @param className    fully qualified name
 * @param sourceFile   relative path of the source declaring it
 * @param instantiable a public, non-abstract class with a public no-argument constructor
 * @param interfaces   every interface it implements, directly or through supertypes, sorted
 */
public record TopLevelType(String className, String sourceFile, boolean instantiable, List<String> interfaces) {

    public TopLevelType {
        interfaces = List.copyOf(interfaces);
    }
}
