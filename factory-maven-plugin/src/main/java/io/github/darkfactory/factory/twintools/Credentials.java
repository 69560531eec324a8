package io.github.darkfactory.factory.twintools;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the replay sends the real service: HTTP Basic with a user name and password, or a Bearer
 * token when there is a password alone. {@code source} names where they came from (a server id),
 * for messages; the secret itself appears in no message, log line or {@link #toString()}.
 */
public record Credentials(String source, String username, String secret) {

    /** The {@code Authorization} header's value. */
    String authorization() {
        if (username == null || username.isEmpty()) {
            return "Bearer " + secret;
        }
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[" + source + "]";
    }
}
