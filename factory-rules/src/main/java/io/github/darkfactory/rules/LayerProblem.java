package io.github.darkfactory.rules;

import java.util.List;

/**
 * What makes a list of layers unusable, as data: the caller that knows where the layers are
 * configured words it in its own terms; {@link #describe()} is the plain wording.
 *
 * @param kind   what is wrong
 * @param layer  the layer it is about (null for {@link Kind#NO_NAME})
 * @param mayUse for {@link Kind#UNKNOWN_MAY_USE}, the name that is not a layer; otherwise null
 * @param layers the names of every named layer, in their order, so a fix can list them
 */
public record LayerProblem(Kind kind, String layer, String mayUse, List<String> layers) {

    /** The kinds of problem, in the order they are found. */
    public enum Kind {
        /** A layer without a name. */
        NO_NAME,
        /** Two layers with the same name. */
        DUPLICATE_NAME,
        /** A layer without packages: it could hold no class. */
        NO_PACKAGES,
        /** A {@code mayUse} entry naming no layer. */
        UNKNOWN_MAY_USE
    }

    public LayerProblem {
        layers = List.copyOf(layers);
    }

    /** One sentence, such as {@code layer 'adapters' may use 'domian', which is not a layer (layers: domain, adapters)}. */
    public String describe() {
        return switch (kind) {
            case NO_NAME -> "a layer has no name";
            case DUPLICATE_NAME -> "layer '" + layer + "' is declared twice";
            case NO_PACKAGES -> "layer '" + layer + "' has no packages";
            case UNKNOWN_MAY_USE -> "layer '" + layer + "' may use '" + mayUse + "', which is not a layer (layers: "
                    + String.join(", ", layers) + ")";
        };
    }
}
