package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Layer;

import java.nio.file.Path;
import java.util.List;

/** PLACEHOLDER (generate branch only): the specs branch's SpecLoader replaces this file on merge. */
public final class SpecLoader {

    private SpecLoader() {
    }

    public static SpecSet load(Path specsDirectory, List<Layer> layers) throws InvalidSpecsException {
        throw new UnsupportedOperationException("placeholder: SpecLoader lands with the specs branch");
    }
}
