package io.github.darkfactory.factory.spec;

import java.util.List;

/**
 * One ```java block under {@code ## Contract}: a whole compilation unit, copied verbatim.
 *
 * @param packageName   the package it declares
 * @param topLevelTypes simple names of its top-level types
 * @param source        the block's text, exactly as written
 * @param line          line of the opening fence in the spec file
 */
public record ContractUnit(String packageName, List<String> topLevelTypes, String source, int line) {

    public ContractUnit {
        topLevelTypes = List.copyOf(topLevelTypes);
    }

    /** Path of the source file relative to a source root, named after the first top-level type. */
    public String relativePath() {
        return packageName.replace('.', '/') + "/" + topLevelTypes.get(0) + ".java";
    }
}
