package io.github.darkfactory.factory.twins;

import java.util.List;

/**
 * What one twin served during a scenario run, as the evidence shows it.
 *
 * @param requests  every request it served
 * @param unmatched the requests no stub mapping matched (always none for an executable twin)
 */
public record TwinServed(String name, TwinKind kind, int requests, List<Request> unmatched) {

    public record Request(String method, String path) {
    }

    public TwinServed {
        unmatched = List.copyOf(unmatched);
    }
}
