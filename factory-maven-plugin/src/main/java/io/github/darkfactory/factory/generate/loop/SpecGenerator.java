package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.model.CodeModel;
import io.github.darkfactory.factory.log.FactoryLog;

/** PLACEHOLDER (generate branch only): the loop branch's SpecGenerator replaces this file on merge. */
public final class SpecGenerator {

    public SpecGenerator(CodeModel model, FactoryLog log) {
    }

    public SpecResult generate(SpecJob job) {
        throw new UnsupportedOperationException("placeholder: SpecGenerator lands with the loop branch");
    }
}
