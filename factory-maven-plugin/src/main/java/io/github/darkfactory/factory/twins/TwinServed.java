package io.github.darkfactory.factory.twins;

import java.util.List;

/**
 * What one twin served during a scenario run, as the evidence shows it.
 *
 * @param requests  every request it served
 * @param unmatched the requests no stub mapping matched (always none for an executable twin)
 */
public record TwinServed(String name, TwinKind kind, int requests, List<Request> unmatched) {

    /** @param query the query string without {@code ?}, or empty */
    public record Request(String method, String path, String query) {

        /** {@code GET /rates?to=XX&kg=9}: what the request asked for, as a log line shows it. */
        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query);
        }
    }

    public TwinServed {
        unmatched = List.copyOf(unmatched);
    }
}
