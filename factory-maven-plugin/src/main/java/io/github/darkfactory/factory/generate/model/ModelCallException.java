package io.github.darkfactory.factory.generate.model;

import java.time.Duration;

/**
 * A provider call that failed after retries, as data: what kind of failure, the HTTP status, the
 * model and host called, how often it was tried, and what the server or the network said. The
 * message states what happened in neutral words and never contains a credential; what to do about
 * it is the adapter's to say, in the terms of its configuration.
 */
public final class ModelCallException extends RuntimeException {

    public enum Kind {
        /** The key (HTTP 401 or 403) or, with status 407, the proxy's credentials were rejected. */
        AUTHENTICATION,
        /** HTTP 429 on every attempt. */
        RATE_LIMIT,
        /** No answer within the configured timeout. */
        TIMEOUT,
        /** The host could not be reached: refused connection, unknown host, broken connection. */
        NETWORK,
        /** HTTP 5xx on every attempt. */
        SERVER,
        /** HTTP 404: usually a wrong model name or base URL. */
        NOT_FOUND,
        /** Any other refusal or unusable answer. */
        OTHER
    }

    /**
     * What is known of the failed call.
     *
     * @param status    the HTTP status, or 0 when there was no HTTP answer
     * @param endpoint  the provider, model and host called, such as {@code openai model m at 127.0.0.1:8080}
     * @param detail    what the server or the network said, shortened, without the key
     * @param keySource where the key came from, in the user's words
     * @param timeout   the longest wait for one answer
     * @param https     whether the call went to an https URL (a proxy's 407 then needs tunnelling settings)
     */
    public record Call(Kind kind, int status, String endpoint, int attempts, String detail, String keySource,
                       Duration timeout, boolean https) {

        /** Whether the failure is about reaching the model or being let in, not about what was asked. */
        public boolean isConnectionOrCredential() {
            return kind == Kind.NETWORK || kind == Kind.TIMEOUT || kind == Kind.AUTHENTICATION;
        }

        /** " after N attempts", or nothing after one. */
        public String afterAttempts() {
            return attempts <= 1 ? "" : " after " + attempts + " attempts";
        }
    }

    private final Call call;

    /** The parameters are those of {@link Call}. */
    public ModelCallException(Kind kind, int status, String endpoint, int attempts, String detail, String keySource,
                              Duration timeout, boolean https) {
        super(neutralMessage(kind, status, endpoint, attempts, detail, keySource, timeout));
        this.call = new Call(kind, status, endpoint, attempts, detail, keySource, timeout, https);
    }

    public Call call() {
        return call;
    }

    private static String neutralMessage(Kind kind, int status, String endpoint, int attempts, String detail,
                                         String keySource, Duration timeout) {
        String after = new Call(kind, status, endpoint, attempts, detail, keySource, timeout, false).afterAttempts();
        return switch (kind) {
            case AUTHENTICATION -> status == 407
                    ? "The proxy refused to pass on the call to " + endpoint + " (HTTP 407 Proxy Authentication Required)"
                    : endpoint + " rejected the credentials from " + keySource + " (HTTP " + status + ")";
            case RATE_LIMIT -> endpoint + " kept refusing with HTTP 429 (rate limit)" + after + ". Server said: " + detail;
            case SERVER -> endpoint + " failed with HTTP " + status + after + ". Server said: " + detail;
            case TIMEOUT -> endpoint + " did not answer within " + timeout + after;
            case NETWORK -> "Could not reach " + endpoint + after + " (" + detail + ")";
            case NOT_FOUND, OTHER -> endpoint + " refused the request" + (status == 0 ? "" : " with HTTP " + status)
                    + ": " + detail;
        };
    }
}
