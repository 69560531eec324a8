package io.github.darkfactory.factory.twintools;

import java.util.Map;

/**
 * One recorded exchange of a twin, replayable as it stands: an exact request and the response the
 * twin gives to it.
 *
 * @param mapping     the mapping file, relative to the twin's root ({@code mappings/charge.json})
 * @param headers     request headers the mapping requires with an exact value
 * @param requestBody the exact request body, or null for none
 * @param body        the twin's response body, or null for none
 */
public record Exchange(String mapping, String method, String url, Map<String, String> headers, String requestBody,
                       int status, String body) {

    /** {@code GET /payments/1}, as messages name an exchange. */
    public String request() {
        return method + " " + url;
    }
}
