package io.github.darkfactory.factory.generate.model;

import io.github.darkfactory.factory.log.FactoryLog;

/** PLACEHOLDER (generate branch only): the providers branch's CodeModels replaces this file on merge. */
public final class CodeModels {

    private CodeModels() {
    }

    public static CodeModel create(ModelSettings settings, FactoryLog log) {
        throw new UnsupportedOperationException("placeholder: CodeModels lands with the providers branch");
    }
}
