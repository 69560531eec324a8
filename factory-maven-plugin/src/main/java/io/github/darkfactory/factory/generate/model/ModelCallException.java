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
        this(new Call(kind, status, endpoint, attempts, detail, keySource, timeout, https));
    }

    private ModelCallException(Call call) {
        super(neutralMessage(call));
        this.call = call;
    }

    public Call call() {
        return call;
    }

    private static String neutralMessage(Call c) {
        return switch (c.kind()) {
            case AUTHENTICATION -> c.status() == 407
                    ? "The proxy refused to pass on the call to " + c.endpoint() + " (HTTP 407 Proxy Authentication Required)"
                    : c.endpoint() + " rejected the credentials from " + c.keySource() + " (HTTP " + c.status() + ")";
            case RATE_LIMIT -> c.endpoint() + " kept refusing with HTTP 429 (rate limit)" + c.afterAttempts()
                    + ". Server said: " + c.detail();
            case SERVER -> c.endpoint() + " failed with HTTP " + c.status() + c.afterAttempts() + ". Server said: " + c.detail();
            case TIMEOUT -> c.endpoint() + " did not answer within " + c.timeout() + c.afterAttempts();
            case NETWORK -> "Could not reach " + c.endpoint() + c.afterAttempts() + " (" + c.detail() + ")";
            case NOT_FOUND, OTHER -> c.endpoint() + " refused the request" + (c.status() == 0 ? "" : " with HTTP " + c.status())
                    + ": " + c.detail();
        };
    }
}
