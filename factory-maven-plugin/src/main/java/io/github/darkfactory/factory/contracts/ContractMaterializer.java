package io.github.darkfactory.factory.contracts;

import io.github.darkfactory.factory.spec.SpecSet;

import java.nio.file.Path;

/** PLACEHOLDER (generate branch only): the specs branch's ContractMaterializer replaces this file on merge. */
public final class ContractMaterializer {

    private ContractMaterializer() {
    }

    public static Path materialize(SpecSet specs, Path contractsRoot) {
        throw new UnsupportedOperationException("placeholder: ContractMaterializer lands with the specs branch");
    }
}
